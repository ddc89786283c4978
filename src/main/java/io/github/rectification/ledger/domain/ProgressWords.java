package io.github.rectification.ledger.domain;

import java.util.List;

/**
 * Progress that says nothing of what was done (文字整改): once stripped of white space and of its
 * trailing full stops and exclamation marks, only the measure's own words, or one of {@link #EMPTY}.
 * The one definition of the rule; the store's SQL for the quality check is built from these parts.
 */
public final class ProgressWords {
    /** What an office writes as progress when it says only that it is done. */
    public static final List<String> EMPTY = List.of("已完成", "完成", "已整改", "已落实");

    /** The marks stripped from the end before comparing: full stops, exclamation marks, white space (\s). */
    public static final String TRAILING = "。.！! \t\n\u000B\f\r";

    private ProgressWords() {
    }

    /** True when {@code progress} only repeats {@code text} or says 已完成 (and is not empty). */
    public static boolean onlyWords(String progress, String text) {
        String p = core(progress);
        return !p.isEmpty() && (EMPTY.contains(p) || p.equals(core(text)));
    }

    /** The words compared: stripped, then without the trailing marks of {@link #TRAILING}. */
    static String core(String s) {
        String t = s == null ? "" : s.strip();
        int end = t.length();
        while (end > 0 && TRAILING.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end);
    }
}
