package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.domain.Texts;

/** The command line's messages: {@code cli/messages.properties} (Chinese) and {@code messages_en.properties}. */
final class Messages {
    static final Texts TEXTS = Texts.of(Messages.class);

    private Messages() {
    }
}
