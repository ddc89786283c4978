package io.github.rectification.ledger.exchange.read;

import io.github.rectification.ledger.domain.Texts;

/** The reader's messages: {@code exchange/read/messages.properties} (Chinese) and {@code messages_en.properties}. */
final class Messages {
    static final Texts TEXTS = Texts.of(Messages.class);

    private Messages() {
    }
}
