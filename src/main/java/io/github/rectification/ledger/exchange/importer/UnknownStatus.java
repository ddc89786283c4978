package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.Status;

/** The wording of the warning for a status word the list does not know. */
final class UnknownStatus {
    static final String MARK = "不是已知的完成情况";

    private UnknownStatus() {
    }

    static String message(String word, Status chosen) {
        return "完成情况“" + word + "”" + MARK + ",按“" + chosen.word() + "”计";
    }
}
