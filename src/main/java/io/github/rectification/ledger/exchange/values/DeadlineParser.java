package io.github.rectification.ledger.exchange.values;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.DeadlineKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline (整改时限) as offices write it, keeping the original wording in
 * {@link Deadline#text()}:
 * <ul>
 * <li>date cells, date serials and 2022.03 stored as a number;</li>
 * <li>a day: 2022年3月31日, 2022.3.31, 2022/03/31, 2022-03-31; 6月30日前 in the ledger's year;</li>
 * <li>a month, meaning its last day: 2022年3月底, 2022年3月底前, 2022-03, 2022年1-8月 (the last month of
 * a span); 3月底前, 6月底前, 7、8月 in the ledger's year;</li>
 * <li>a part of a month: 上旬 the 10th, 中旬 the 20th, 下旬 its last day, 月中 the 15th (2023年6月中旬,
 * 6月下旬, 6月中);</li>
 * <li>a quarter, meaning its last day: 2023年第三季度, 2023年三季度, 2023年3季度, 2023Q3; 第一季度, 一季度,
 * 1季度, Q1 … Q4 in the ledger's year;</li>
 * <li>a half year: 2022年上半年 (30 June), 2022年下半年 (31 December); 上半年, 下半年 in the ledger's year;</li>
 * <li>a year, meaning 31 December: 2022年底, 2022年底前, 2022年内; 年底, 年底前, 年内, 年末, 今年底 in the
 * ledger's year;</li>
 * <li>长期, 长期坚持, 持续推进, 常态化 (long-term) and 立行立改, 即知即改, 立即整改 (immediate), which win
 * over any date in the same text.</li>
 * </ul>
 * The ledger's year ({@code contextYear}) is the year of its 填报日期 or feedback date; without it a
 * text naming no year is not understood. A text naming a year reads that year first; a day before a
 * part of a month, a month or a quarter before a half or a whole year.
 */
public final class DeadlineParser {
    private static final Pattern MONTH_SPAN = Pattern.compile("(\\d{1,2})\\s*[-~至到、,]\\s*(\\d{1,2})\\s*月");
    private static final Pattern FULL_DATE = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})(?![\\d月])");
    private static final Pattern FULL_DATE_SYMBOLS = Pattern.compile("(\\d{4})([./\\-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*(?:年|[./\\-])\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月");
    /** 上旬, 中旬, 下旬 (group 1: the last of 上中下, so 中下旬 is 下旬) or 月中 (group 2) after a month. */
    private static final Pattern PART_OF_MONTH = Pattern.compile(
            "月\\s*(?:[上中下][、\\-~至到]?)?([上中下])旬|月\\s*(中)");
    /** Group 1 the year if written; group 2 a quarter in Chinese numerals, 3 in digits, 4 after Q. */
    private static final Pattern QUARTER = Pattern.compile(
            "(?:(\\d{4})\\s*(?:年度?|[./\\-])?\\s*)?(?:第?\\s*(?:([一二三四])|(?<!\\d)([1-4]))\\s*季度?"
                    + "|(?<![A-Za-z])[Qq]\\s*([1-4])(?!\\d))");
    /** Group 1 the year if written; group 2 set for the first half. */
    private static final Pattern HALF = Pattern.compile("(?:(\\d{4})\\s*年度?\\s*)?(?:(上)|下)半年");
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})\\s*年\\s*(?:底|末|年底|年末|前|内|)");
    /** 年底, 年底前, 年内, 年末, 今年底, 本年度内: the end of the ledger's year (not 半年内, 一年内). */
    private static final Pattern YEAR_END_NO_YEAR = Pattern.compile(
            "(?<![\\d半一二两三四五六七八九十])(?:今|本|当)?年度?\\s*(?:底|末|内)");
    private static final Pattern LONG_TERM = Pattern.compile("长期|持续推进|常态");
    private static final Pattern IMMEDIATE = Pattern.compile("立行立改|立即整改|即知即改");

    private DeadlineParser() {
    }

    /** The result of reading a deadline: the deadline, and whether its text was understood. */
    public record Result(Deadline deadline, boolean understood) {
    }

    /**
     * Reads a cell value. {@code contextYear} is the year a text without one (3月底前) belongs to,
     * or null when the ledger gives none.
     */
    public static Result read(Object value, Integer contextYear) {
        if (value == null) {
            return new Result(Deadline.NONE, true);
        }
        if (value instanceof LocalDate date) {
            return new Result(Deadline.on(date), true);
        }
        if (value instanceof Double d) {
            return fromNumber(d);
        }
        return parse(CellText.of(value), contextYear);
    }

    /** Reads a deadline text. */
    public static Result parse(String raw, Integer contextYear) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return new Result(Deadline.NONE, true);
        }
        String s = normalize(text);
        if (LONG_TERM.matcher(s).find()) {
            return new Result(new Deadline(DeadlineKind.LONG_TERM, null, text), true);
        }
        if (IMMEDIATE.matcher(s).find()) {
            return new Result(new Deadline(DeadlineKind.IMMEDIATE, null, text), true);
        }
        Optional<LocalDate> date = date(s, contextYear);
        if (date.isPresent()) {
            return new Result(new Deadline(DeadlineKind.DATE, date.get(), text), true);
        }
        return new Result(new Deadline(DeadlineKind.NONE, null, text), false);
    }

    /**
     * A date named by a text (a period's last day where a period is named, see the class comment);
     * empty when it names none.
     */
    public static Optional<LocalDate> date(String raw, Integer contextYear) {
        String s = normalize(raw);
        try {
            Optional<LocalDate> withYear = withYear(s);
            if (withYear.isPresent() || contextYear == null) {
                return withYear;
            }
            return inYear(s, contextYear);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date of a text naming its year. */
    private static Optional<LocalDate> withYear(String s) {
        Matcher m = FULL_DATE.matcher(s);
        if (m.find()) {
            return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
        }
        m = FULL_DATE_SYMBOLS.matcher(s);
        if (m.find()) {
            return Optional.of(LocalDate.of(num(m, 1), num(m, 3), num(m, 4)));
        }
        m = HALF.matcher(s);
        if (findWithYear(m)) {
            return Optional.of(halfEnd(num(m, 1), m));
        }
        m = QUARTER.matcher(s);
        if (findWithYear(m)) {
            return Optional.of(quarterEnd(num(m, 1), m));
        }
        m = YEAR_MONTH.matcher(s);
        if (m.find()) {
            int month = lastMonth(s.substring(m.start(2)), num(m, 2));
            return Optional.of(inMonth(YearMonth.of(num(m, 1), month), s));
        }
        m = YEAR_END.matcher(s);
        if (m.find()) {
            return Optional.of(LocalDate.of(num(m, 1), 12, 31));
        }
        return Optional.empty();
    }

    /** A date of a text naming no year, in {@code year}: a day, a month, a quarter, a half, the year. */
    private static Optional<LocalDate> inYear(String s, int year) {
        Matcher m = MONTH_DAY.matcher(s);
        if (m.find()) {
            return Optional.of(LocalDate.of(year, num(m, 1), num(m, 2)));
        }
        m = MONTH.matcher(s);
        if (m.find()) {
            int month = lastMonth(s, num(m, 1));
            return Optional.of(inMonth(YearMonth.of(year, month), s));
        }
        m = QUARTER.matcher(s);
        if (m.find()) {
            return Optional.of(quarterEnd(year, m));
        }
        m = HALF.matcher(s);
        if (m.find()) {
            return Optional.of(halfEnd(year, m));
        }
        m = YEAR_END_NO_YEAR.matcher(s);
        if (m.find()) {
            return Optional.of(LocalDate.of(year, 12, 31));
        }
        return Optional.empty();
    }

    /** Finds the first match whose year (group 1) is written. */
    private static boolean findWithYear(Matcher m) {
        while (m.find()) {
            if (m.group(1) != null) {
                return true;
            }
        }
        return false;
    }

    /** The day of {@code month} the text names: 上旬 the 10th, 中旬 the 20th, 月中 the 15th, else the last. */
    private static LocalDate inMonth(YearMonth month, String s) {
        Matcher m = PART_OF_MONTH.matcher(s);
        if (!m.find()) {
            return month.atEndOfMonth();
        }
        if (m.group(2) != null) {
            return month.atDay(15);
        }
        return switch (m.group(1).charAt(0)) {
            case '上' -> month.atDay(10);
            case '中' -> month.atDay(20);
            default -> month.atEndOfMonth();
        };
    }

    private static LocalDate quarterEnd(int year, Matcher m) {
        int quarter;
        if (m.group(2) != null) {
            quarter = switch (m.group(2).charAt(0)) {
                case '一' -> 1;
                case '二' -> 2;
                case '三' -> 3;
                default -> 4;
            };
        } else {
            quarter = num(m, m.group(3) != null ? 3 : 4);
        }
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    private static LocalDate halfEnd(int year, Matcher m) {
        return m.group(2) != null ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** The last month a span names: "1-8月" → 8, "7、8月" → 8; otherwise {@code first}. */
    private static int lastMonth(String s, int first) {
        Matcher m = MONTH_SPAN.matcher(s);
        if (m.find()) {
            return num(m, 2);
        }
        return first;
    }

    private static Result fromNumber(double d) {
        // 2022.03 typed into a cell becomes the number 2022.03
        if (d >= 1990 && d < 2100 && d != Math.rint(d)) {
            String s = CellText.of(d);
            Optional<LocalDate> date = date(s, null);
            if (date.isPresent()) {
                return new Result(new Deadline(DeadlineKind.DATE, date.get(), s), true);
            }
        }
        if (d > 20000 && d < 80000 && d == Math.rint(d)) {
            // a date serial in a cell without a date format
            return new Result(Deadline.on(LocalDate.of(1899, 12, 30).plusDays((long) d)), true);
        }
        return new Result(new Deadline(DeadlineKind.NONE, null, CellText.of(d)), false);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Full-width digits and punctuation to ASCII. */
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '０' && ch <= '９') {
                sb.append((char) ('0' + (ch - '０')));
            } else if (ch == '．' || ch == '。') {
                sb.append('.');
            } else if (ch == '／') {
                sb.append('/');
            } else if (ch == '－' || ch == '—' || ch == '–') {
                sb.append('-');
            } else if (ch == 'Ｑ' || ch == 'ｑ') {
                sb.append('Q');
            } else if (ch == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
