package io.github.rectification.ledger.exchange.read;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages of refused workbooks, worded for office staff. What the library said goes to the
 * log file, not into the message: its English internals mean nothing to a clerk.
 */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static ImportRejectedException unreadable(String file, String sheet, Throwable e) {
        return unreadable(file, sheet, null, e);
    }

    /** {@code cell} is a reference such as "C12" or null when the place is not known. */
    static ImportRejectedException unreadable(String file, String sheet, String cell, Throwable e) {
        if (e instanceof LimitExceeded limit) {
            return new ImportRejectedException(text("refused.limit", file + where(sheet, null), limit.getMessage()), e);
        }
        LOG.info("{} refused{}", file, sheet == null ? "" : " (sheet " + sheet + (cell == null ? "" : " " + cell) + ")", e);
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (detail.contains("Zip bomb") || detail.contains("zip bomb")) {
            return new ImportRejectedException(text("refused.zipBomb", file), e);
        }
        String own = ownWords(e);
        return new ImportRejectedException(text("refused.damaged", file + where(sheet, cell),
                own == null ? "" : text("refused.damaged.detail", own)), e);
    }

    private static String where(String sheet, String cell) {
        if (sheet == null) {
            return "";
        }
        return cell == null ? text("where.sheet", sheet) : text("where.cell", sheet, cell);
    }

    /** The first message in the chain worded by this program (a limit, a forbidden DOCTYPE), or null. */
    private static String ownWords(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if ((t instanceof LimitExceeded || t instanceof SaxParsing.DoctypeForbidden) && t.getMessage() != null) {
                return firstLine(t.getMessage());
            }
        }
        return null;
    }

    private static String text(String key, Object... args) {
        return Messages.TEXTS.text(key, args);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
