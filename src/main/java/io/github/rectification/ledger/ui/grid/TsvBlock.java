package io.github.rectification.ledger.ui.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of cells as Excel and WPS put it on the clipboard: rows ended by CR LF (or LF), cells
 * separated by tabs, a cell holding a tab, a line break or a quote written in double quotes with
 * its quotes doubled. Read and written here; the HTML flavour is a table of the same cells.
 */
public final class TsvBlock {
    private TsvBlock() {
    }

    /** The rows of the block; the line break after the last row adds no empty row. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean cellStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (cellStart && c == '"') {
                // a quoted cell: up to the quote that is not doubled
                i++;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    cell.append(q);
                    i++;
                }
                cellStart = false;
                continue;
            }
            if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else if (c == '\r' || c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                cellStart = true;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                cell.append(c);
                cellStart = false;
            }
            i++;
        }
        if (!cellStart || !row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The block as Excel writes it: quoted where needed, each row ended by CR LF. */
    public static String format(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append('\t');
                }
                out.append(quoted(row.get(c)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String quoted(String s) {
        String v = s == null ? "" : s;
        if (v.indexOf('\t') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0 && !v.startsWith("\"")) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** The block as an HTML table, the flavour office programs prefer when both are offered. */
    public static String html(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><table>");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (String cell : row) {
                out.append("<td>").append(escape(cell == null ? "" : cell).replace("\n", "<br>")).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</table></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\r", "");
    }
}
