package io.github.rectification.ledger.exchange.read;

/** The messages of refused workbooks, worded for office staff. */
final class Problems {
    private Problems() {
    }

    static ImportRejectedException unreadable(String file, String sheet, Throwable e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (detail.contains("Zip bomb") || detail.contains("zip bomb")) {
            return new ImportRejectedException(file + ": 文件解压后体积异常(疑似压缩炸弹),已拒绝导入", e);
        }
        String where = sheet == null ? "" : " 工作表“" + sheet + "”";
        return new ImportRejectedException(file + where + ": 文件已损坏或不完整,无法读取 (" + firstLine(detail) + ")", e);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
