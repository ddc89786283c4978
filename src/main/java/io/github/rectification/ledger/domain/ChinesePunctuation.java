package io.github.rectification.ledger.domain;

/**
 * Punctuation as Chinese official documents print it: full-width （一）、，：；！？ and “” in Chinese text,
 * whatever was typed. A comma or colon between two Latin letters or digits (1,000, 10:30), a decimal
 * point, a date or a percentage stays as written; parentheses become full-width when they hold or
 * touch Chinese text.
 */
public final class ChinesePunctuation {
    private ChinesePunctuation() {
    }

    /** The text with the half-width marks of its Chinese context made full-width. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char[] c = text.toCharArray();
        parentheses(c);
        boolean openQuote = true;
        for (int i = 0; i < c.length; i++) {
            char prev = i > 0 ? c[i - 1] : ' ';
            char next = i + 1 < c.length ? c[i + 1] : ' ';
            switch (c[i]) {
                case ',' -> c[i] = latin(prev) && latin(next) ? ',' : '，';
                case ':' -> c[i] = latin(prev) && latin(next) || next == '/' ? ':' : '：';
                case ';' -> c[i] = latin(prev) && latin(next) ? ';' : '；';
                case '!' -> c[i] = latin(prev) && latin(next) ? '!' : '！';
                case '?' -> c[i] = latin(prev) && latin(next) ? '?' : '？';
                case '"' -> {
                    c[i] = openQuote ? '“' : '”';
                    openQuote = !openQuote;
                }
                case '“' -> openQuote = false;
                case '”' -> openQuote = true;
                default -> {
                }
            }
        }
        return new String(c);
    }

    /** Whether the text still holds a half-width mark that Chinese text prints full-width. */
    public static boolean hasHalfWidth(String text) {
        return !normalize(text).equals(text);
    }

    private static void parentheses(char[] c) {
        for (int open = 0; open < c.length; open++) {
            if (c[open] != '(') {
                continue;
            }
            int close = open + 1;
            while (close < c.length && c[close] != ')' && c[close] != '(') {
                close++;
            }
            if (close >= c.length || c[close] != ')') {
                if (open > 0 && chinese(c[open - 1])) {
                    c[open] = '（';
                }
                continue;
            }
            boolean chineseContext = (open > 0 && chinese(c[open - 1])) || (close + 1 < c.length && chinese(c[close + 1]));
            for (int k = open + 1; k < close && !chineseContext; k++) {
                chineseContext = chinese(c[k]);
            }
            if (chineseContext) {
                c[open] = '（';
                c[close] = '）';
            }
            open = close;
        }
    }

    private static boolean latin(char ch) {
        return ch < 128 && Character.isLetterOrDigit(ch);
    }

    /** A Han character or a full-width mark. */
    static boolean chinese(char ch) {
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN
                || (ch >= '\u3000' && ch <= '\u303f') || (ch >= '\uff00' && ch <= '\uffef')
                || ch == '“' || ch == '”' || ch == '‘' || ch == '’';
    }
}
