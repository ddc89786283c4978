package io.github.rectification.ledger.ui.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A block of cells from the HTML flavour that Excel and WPS put on the clipboard: the first table,
 * a row per {@code <tr>}, a line break inside a cell written as {@code <br>}, merged cells
 * ({@code colspan}, {@code rowspan}) spread back over the cells they cover, the first holding the
 * text and the others empty, as the tab-separated flavour gives them. It keeps what the
 * tab-separated text can lose: a cell that begins with a quote mark.
 */
public final class HtmlBlock {
    /** More columns or rows than a sheet has are not a pasted block. */
    private static final int MAX_SPAN = 16_384;

    private HtmlBlock() {
    }

    /**
     * The block of a clipboard that may offer both flavours: the HTML table when there is one, as it
     * holds each cell exactly, else the tab-separated text.
     */
    public static List<List<String>> pasted(String html, String plain) {
        return parse(html).orElseGet(() -> TsvBlock.parse(plain));
    }

    /** The rows of the HTML's first table, or empty when it holds none. */
    public static Optional<List<List<String>>> parse(String html) {
        if (html == null || html.isBlank()) {
            return Optional.empty();
        }
        Element table = Jsoup.parse(html).selectFirst("table");
        if (table == null) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        // the columns a rowspan of a row above still covers: column → rows left
        Map<Integer, Integer> covered = new HashMap<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue;
            }
            List<String> row = new ArrayList<>();
            Map<Integer, Integer> spans = new HashMap<>();
            for (Element td : tr.children()) {
                if (!td.nameIs("td") && !td.nameIs("th")) {
                    continue;
                }
                while (covered.containsKey(row.size())) {
                    row.add("");
                }
                int colspan = span(td, "colspan");
                int rowspan = span(td, "rowspan");
                for (int k = 0; k < colspan; k++) {
                    if (rowspan > 1) {
                        spans.put(row.size(), rowspan - 1);
                    }
                    row.add(k == 0 ? text(td) : "");
                }
            }
            int last = covered.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            while (row.size() <= last) {
                row.add("");
            }
            rows.add(row);
            covered.replaceAll((c, left) -> left - 1);
            covered.values().removeIf(left -> left <= 0);
            covered.putAll(spans);
        }
        // a row shorter than the others (its last cells merged from above, or left out) has all columns
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        for (List<String> row : rows) {
            while (row.size() < width) {
                row.add("");
            }
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows);
    }

    private static int span(Element td, String attribute) {
        try {
            int n = Integer.parseInt(td.attr(attribute).strip());
            return n < 1 ? 1 : Math.min(n, MAX_SPAN);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The cell's text as shown: runs of white space as one space, {@code <br>} as a line break. */
    static String text(Element td) {
        StringBuilder out = new StringBuilder();
        append(td, out);
        String[] lines = out.toString().replace('\u00a0', ' ').split("\n", -1);
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                cell.append('\n');
            }
            cell.append(lines[i].strip());
        }
        return cell.toString().strip();
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText().replaceAll("[ \\t\\r\\n]+", " "));
            } else if (child instanceof Element e) {
                if (e.nameIs("br")) {
                    out.append('\n');
                } else if (e.nameIs("p") || e.nameIs("div")) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                        out.append('\n');
                    }
                    append(e, out);
                } else {
                    append(e, out);
                }
            }
        }
    }
}
