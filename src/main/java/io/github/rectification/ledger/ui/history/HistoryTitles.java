package io.github.rectification.ledger.ui.history;

import io.github.rectification.ledger.ui.tree.NodeText;

/** The record a change history window is about, in its title: label and the text's first words, as the tree shows them. */
final class HistoryTitles {
    private HistoryTitles() {
    }

    /** "3. 开展全市养老机构安全隐患排查整治…": the first line, cut after {@code NodeText}'s length with an ellipsis. */
    static String of(String seq, String text) {
        String t = NodeText.shortTitle(text);
        return seq == null || seq.isBlank() ? t : seq.strip() + " " + t;
    }
}
