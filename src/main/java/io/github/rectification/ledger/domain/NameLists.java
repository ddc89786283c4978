package io.github.rectification.ledger.domain;

import java.util.Arrays;
import java.util.List;

/** Several names in one cell or field, as ledgers write them: separated by 、 ， , ; or line breaks. */
public final class NameLists {
    /** How a list of names is written back: 财务处、办公室. */
    public static final String SEPARATOR = "、";

    private NameLists() {
    }

    public static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[、，,;；\\r\\n]+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    public static String join(List<String> names) {
        return String.join(SEPARATOR, names);
    }
}
