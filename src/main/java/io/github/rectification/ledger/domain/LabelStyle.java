package io.github.rectification.ledger.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a sequence label: what comes before its number, whether the number is written in
 * Chinese numerals or digits, and what follows it. "(三)" is ( + Chinese + ), "二、" Chinese + 、,
 * "3." digits + ., "1.2" is 1. + digits: the number is the label's last run of numerals.
 */
public record LabelStyle(String prefix, Numerals numerals, String suffix) {
    /** How a label writes its number. */
    public enum Numerals {
        CHINESE,
        ARABIC
    }

    /** How new problems are labelled: (一)(二). */
    public static final LabelStyle PROBLEM = new LabelStyle("(", Numerals.CHINESE, ")");
    /** How new sub-problems and measures are labelled: 1. 2. */
    public static final LabelStyle MEASURE = new LabelStyle("", Numerals.ARABIC, ".");

    private static final String CHINESE_DIGITS = "零〇一二三四五六七八九十百";
    private static final Pattern SHAPE = Pattern.compile(
            "^(.*?)(\\d+|[" + CHINESE_DIGITS + "]+)([^\\d" + CHINESE_DIGITS + "]*)$", Pattern.DOTALL);

    /** The style of {@code label}; empty when it holds no number (blank, or words only). */
    public static Optional<LabelStyle> of(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(label.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean arabic = Character.isDigit(m.group(2).charAt(0));
        if (!arabic && SequenceLabels.parseChinese(m.group(2)) < 0) {
            return Optional.empty();
        }
        return Optional.of(new LabelStyle(m.group(1), arabic ? Numerals.ARABIC : Numerals.CHINESE, m.group(3)));
    }

    /** Whether two labels are written alike, differing at most in their number. */
    public static boolean alike(String a, String b) {
        Optional<LabelStyle> sa = of(a);
        return sa.isPresent() && sa.equals(of(b));
    }

    /**
     * The labels 1, 2, 3 … for a list of records in their order, written in the style of the list's
     * first numbered label, or in {@code fallback} when none of them has a number.
     */
    public static List<String> renumber(List<String> labels, LabelStyle fallback) {
        LabelStyle style = labels.stream().map(LabelStyle::of).flatMap(Optional::stream).findFirst().orElse(fallback);
        List<String> out = new ArrayList<>(labels.size());
        for (int n = 1; n <= labels.size(); n++) {
            out.add(style.format(n));
        }
        return out;
    }

    /**
     * The label of a record added after {@code siblings}: one past the highest number among them, in
     * the style of the last numbered one (1. … 14. → 15., (一) … (十四) → (十五)), or number
     * {@code siblings.size() + 1} in {@code fallback} when none of them has a number.
     */
    public static String next(List<String> siblings, LabelStyle fallback) {
        LabelStyle style = null;
        int highest = 0;
        for (String label : siblings) {
            Optional<LabelStyle> s = of(label);
            if (s.isPresent()) {
                style = s.get();
                highest = Math.max(highest, numberOf(label));
            }
        }
        return style == null ? fallback.format(siblings.size() + 1) : style.format(highest + 1);
    }

    /** The number a numbered label's last run of numerals stands for ("1.2" → 2, "(十四)" → 14). */
    private static int numberOf(String label) {
        Matcher m = SHAPE.matcher(label.strip());
        if (!m.matches()) {
            return 0;
        }
        String n = m.group(2);
        return Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : Math.max(0, SequenceLabels.parseChinese(n));
    }

    /** The label of number {@code n} (from 1); Chinese numerals go to 999, digits beyond. */
    public String format(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("labels count from 1: " + n);
        }
        String number = numerals == Numerals.CHINESE && n <= 999 ? SequenceLabels.chinese(n) : Integer.toString(n);
        return prefix + number + suffix;
    }
}
