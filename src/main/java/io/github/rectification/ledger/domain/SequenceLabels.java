package io.github.rectification.ledger.domain;

import java.util.regex.Pattern;

/**
 * Sequence labels as ledgers write them: 一、二、 for categories, (一)(二) for problems, 1. 2. or
 * (1)(2) for measures.
 */
public final class SequenceLabels {
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private SequenceLabels() {
    }

    /** Chinese numeral for 1..999: 1 → 一, 10 → 十, 14 → 十四, 21 → 二十一, 105 → 一百零五. */
    public static String chinese(int n) {
        if (n <= 0 || n > 999) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        StringBuilder sb = new StringBuilder();
        int hundreds = n / 100;
        int tens = (n / 10) % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            sb.append(DIGITS[hundreds]).append('百');
            if (tens == 0 && ones != 0) {
                sb.append('零');
            }
        }
        if (tens > 0) {
            if (!(tens == 1 && hundreds == 0)) {
                sb.append(DIGITS[tens]);
            }
            sb.append('十');
        }
        if (ones > 0) {
            sb.append(DIGITS[ones]);
        }
        return sb.toString();
    }

    /** Parses a Chinese numeral of 1..999 (一, 十四, 二十一, 一百零五); -1 when it is not one. */
    public static int parseChinese(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        int total = 0;
        int current = -1;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current < 0 ? 1 : current) * 10;
                current = -1;
            } else if (c == '百') {
                if (current < 0) {
                    return -1;
                }
                total += current * 100;
                current = -1;
            } else {
                return -1;
            }
        }
        if (current > 0) {
            total += current;
        }
        return total > 0 ? total : -1;
    }

    private static int digit(char c) {
        for (int i = 0; i < DIGITS.length; i++) {
            if (DIGITS[i].charAt(0) == c) {
                return i;
            }
        }
        return c == '〇' ? 0 : -1;
    }

    /** Category label: 一、 */
    public static String category(int n) {
        return chinese(n) + "、";
    }

    /** Problem label: (一) */
    public static String problem(int n) {
        return "(" + chinese(n) + ")";
    }

    /** Measure label: 1. (within its problem). */
    public static String measure(int n) {
        return n + ".";
    }

    /** Ordinal as notices count measures: 一是, 二是, 三是. */
    private static final Pattern BRACKETS = Pattern.compile("^[(]|[)、.．，,]+$|[)]$");
    private static final Pattern TRAILING = Pattern.compile("[)、.．]+$");
    private static final Pattern ARABIC = Pattern.compile("\\d{1,6}");

    public static String ordinal(int n) {
        return chinese(n) + "是";
    }

    /**
     * The number a label stands for, whatever its form: "(一)", "（三）", "一、", "3.", "(2)", "1.1" (→ 1);
     * -1 when there is none.
     */
    public static int number(String label) {
        if (label == null) {
            return -1;
        }
        String s = label.strip().replace('（', '(').replace('）', ')');
        s = BRACKETS.matcher(s).replaceAll("");
        s = TRAILING.matcher(s).replaceAll("");
        int dot = s.indexOf('.');
        if (dot > 0) {
            s = s.substring(0, dot);
        }
        if (ARABIC.matcher(s).matches()) {
            return Integer.parseInt(s);
        }
        return parseChinese(s);
    }

    /**
     * A label of the 序号 column that numbers measures within their problem rather than problems:
     * {@code problem} is the problem's own number when the label carries it (1.1 → "1"), else null;
     * {@code index} the measure's place under it.
     */
    public record MeasureLabel(String problem, int index) {
        /** True when {@code next} numbers the measure after this one under the same problem. */
        public boolean followedBy(MeasureLabel next) {
            return next.index() > index && java.util.Objects.equals(next.problem(), problem);
        }
    }

    // at most six digits a number: a longer run of digits is no label (and would not fit an int)
    private static final Pattern TWO_LEVEL = Pattern.compile("^(\\d{1,6})\\s*[.．\\-－—]\\s*(\\d{1,6})\\s*[.．、]?$");
    private static final Pattern IN_PARENTHESES = Pattern.compile("^[(（]\\s*(\\d{1,6})\\s*[)）]$");
    private static final Pattern CLOSING_PARENTHESIS = Pattern.compile("^(\\d{1,6})\\s*[)）]$");

    /**
     * The measure label {@code label} is, if it is one: 1.1 / 1-1 (the problem's number, then the
     * measure's), a circled number ①, or a number in parentheses (1) / （1） or before one 1）. A
     * problem's labels — (一), 一、, 1、, 1. — are none.
     */
    public static java.util.Optional<MeasureLabel> measureLevel(String label) {
        if (label == null) {
            return java.util.Optional.empty();
        }
        String s = label.strip();
        java.util.regex.Matcher m = TWO_LEVEL.matcher(s);
        if (m.matches()) {
            return java.util.Optional.of(new MeasureLabel(Integer.toString(Integer.parseInt(m.group(1))),
                    Integer.parseInt(m.group(2))));
        }
        int circled = circled(s);
        if (circled > 0) {
            return java.util.Optional.of(new MeasureLabel(null, circled));
        }
        for (Pattern p : new Pattern[] {IN_PARENTHESES, CLOSING_PARENTHESIS}) {
            m = p.matcher(s);
            if (m.matches()) {
                return java.util.Optional.of(new MeasureLabel(null, Integer.parseInt(m.group(1))));
            }
        }
        return java.util.Optional.empty();
    }

    /** ① … ⑳ → 1 … 20, ㉑ … ㉟ → 21 … 35, ㊱ … ㊿ → 36 … 50; 0 for anything else. */
    private static int circled(String s) {
        if (s.length() != 1) {
            return 0;
        }
        char c = s.charAt(0);
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1;
        }
        if (c >= '\u3251' && c <= '\u325F') {
            return c - '\u3251' + 21;
        }
        if (c >= '\u32B1' && c <= '\u32BF') {
            return c - '\u32B1' + 36;
        }
        return 0;
    }
}
