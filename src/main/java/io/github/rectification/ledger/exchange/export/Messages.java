package io.github.rectification.ledger.exchange.export;

import io.github.rectification.ledger.domain.Texts;

/** The export's messages: {@code exchange/export/messages.properties} (Chinese) and {@code messages_en.properties}. */
final class Messages {
    static final Texts TEXTS = Texts.of(Messages.class);

    private Messages() {
    }
}
