package io.github.rectification.ledger.domain;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Several names in one cell or field, as ledgers write them: separated by 、 ， , ; or line breaks. */
public final class NameLists {
    /** How a list of names is written back: 财务处、办公室. */
    public static final String SEPARATOR = "、";
    /** Compiled once: an import splits the supporting departments of every measure. */
    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；\\r\\n]+");

    private NameLists() {
    }

    public static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(text)).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    public static String join(List<String> names) {
        return String.join(SEPARATOR, names);
    }
}
