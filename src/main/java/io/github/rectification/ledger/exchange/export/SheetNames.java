package io.github.rectification.ledger.exchange.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/** Gives each sheet a name Excel accepts (no []:*?/\, at most 31 characters), unique in the workbook. */
final class SheetNames {
    static final int MAX = 31;

    private final Set<String> taken = new HashSet<>();

    /** Reserves a name that is used as it is (e.g. the register sheets). */
    void reserve(String name) {
        taken.add(key(name));
    }

    /** A safe, unused name derived from {@code wanted}; {@code fallback} when nothing of it is left. */
    String unique(String wanted, String fallback) {
        String base = wanted == null ? "" : wanted.strip();
        base = base.isEmpty() ? fallback : WorkbookUtil.createSafeSheetName(base, '_').strip();
        while (base.startsWith("'")) {
            base = base.substring(1);
        }
        if (base.isBlank() || base.equalsIgnoreCase("History")) {
            base = fallback;
        }
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
