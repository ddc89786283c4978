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
 * Reads a deadline (整改时限) as offices write it: date cells; 2022年3月31日, 2022.3.31, 2022/03/31,
 * 2022-03-31; a month alone (2022年3月底, 2022年3月底前, 2022-03, 3月底前) meaning its last day; a
 * year alone (2022年底) meaning 31 December; 长期坚持 / 持续推进 (long-term) and 立行立改 (immediate).
 * A text keeps its original wording in {@link Deadline#text()}.
 */
public final class DeadlineParser {
    private static final Pattern MONTH_SPAN = Pattern.compile("(\\d{1,2})\\s*[-~至到、,]\\s*(\\d{1,2})\\s*月");
    private static final Pattern FULL_DATE = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})(?![\\d月])");
    private static final Pattern FULL_DATE_SYMBOLS = Pattern.compile("(\\d{4})([./\\-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*(?:年|[./\\-])\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*月");
    private static final Pattern YEAR_END = Pattern.compile("(\\d{4})\\s*年\\s*(?:底|末|年底|年末|前|内|)");
    private static final Pattern HALF = Pattern.compile("(\\d{4})\\s*年\\s*(上|下)半年");

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
        if (s.contains("长期") || s.contains("持续推进") || s.contains("常态")) {
            return new Result(new Deadline(DeadlineKind.LONG_TERM, null, text), true);
        }
        if (s.contains("立行立改") || s.contains("立即整改") || s.contains("即知即改")) {
            return new Result(new Deadline(DeadlineKind.IMMEDIATE, null, text), true);
        }
        Optional<LocalDate> date = date(s, contextYear);
        if (date.isPresent()) {
            return new Result(new Deadline(DeadlineKind.DATE, date.get(), text), true);
        }
        return new Result(new Deadline(DeadlineKind.NONE, null, text), false);
    }

    /** A date named by a text (month-end where only a month is named); empty when it names none. */
    public static Optional<LocalDate> date(String raw, Integer contextYear) {
        String s = normalize(raw);
        try {
            Matcher m = FULL_DATE.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = FULL_DATE_SYMBOLS.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 3), num(m, 4)));
            }
            m = HALF.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(num(m, 1), "上".equals(m.group(2)) ? 6 : 12,
                        "上".equals(m.group(2)) ? 30 : 31));
            }
            m = YEAR_MONTH.matcher(s);
            if (m.find()) {
                int year = num(m, 1);
                int month = lastMonth(s.substring(m.start(2)), num(m, 2));
                return Optional.of(YearMonth.of(year, month).atEndOfMonth());
            }
            m = YEAR_END.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(num(m, 1), 12, 31));
            }
            if (contextYear != null) {
                m = MONTH_DAY.matcher(s);
                if (m.find()) {
                    return Optional.of(LocalDate.of(contextYear, num(m, 1), num(m, 2)));
                }
                m = MONTH.matcher(s);
                if (m.find()) {
                    int month = lastMonth(s, num(m, 1));
                    return Optional.of(YearMonth.of(contextYear, month).atEndOfMonth());
                }
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
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
            } else if (ch == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
