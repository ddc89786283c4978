package io.github.rectification.ledger.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How department names are compared: the same name written with full-width or half-width brackets,
 * spaces or letter case is the same name; a name contained in another (办公室 in 局办公室) only looks
 * alike, which is for the user to decide.
 */
public final class DepartmentNames {
    private DepartmentNames() {
    }

    /** The name as compared: NFKC (full-width brackets and letters made plain), no white space, lower case. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).replace('【', '[').replace('】', ']')
                .replace('〔', '(').replace('〕', ')');
        return n.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }

    /** True when two names are the same once written alike. */
    public static boolean same(String a, String b) {
        return !key(a).isEmpty() && key(a).equals(key(b));
    }

    /**
     * True when two different names may well mean one department: the same once written alike, or the
     * shorter one (two characters at least) within the longer.
     */
    public static boolean looksAlike(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.isEmpty() || kb.isEmpty() || a.equals(b)) {
            return false;
        }
        if (ka.equals(kb)) {
            return true;
        }
        String shorter = ka.length() <= kb.length() ? ka : kb;
        String longer = shorter == ka ? kb : ka;
        return shorter.codePointCount(0, shorter.length()) >= 2 && longer.contains(shorter);
    }
}
