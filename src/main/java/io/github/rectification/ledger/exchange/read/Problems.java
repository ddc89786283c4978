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
            return new ImportRejectedException(file + where(sheet, null) + ": " + limit.getMessage() + ",已拒绝导入", e);
        }
        LOG.info("{} refused{}", file, sheet == null ? "" : " (sheet " + sheet + (cell == null ? "" : " " + cell) + ")", e);
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (detail.contains("Zip bomb") || detail.contains("zip bomb")) {
            return new ImportRejectedException(file + ": 文件解压后体积异常(疑似压缩炸弹),已拒绝导入", e);
        }
        String own = ownWords(e);
        return new ImportRejectedException(file + where(sheet, cell) + ": 文件已损坏或不完整,无法读取"
                + (own == null ? "" : " (" + own + ")"), e);
    }

    private static String where(String sheet, String cell) {
        if (sheet == null) {
            return "";
        }
        return " 工作表“" + sheet + "”" + (cell == null ? "" : " 单元格 " + cell);
    }

    /** The first message in the chain worded by this program (it has Chinese in it), or null. */
    private static String ownWords(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                return firstLine(m);
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
