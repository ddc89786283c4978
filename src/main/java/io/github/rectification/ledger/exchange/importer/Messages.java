package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.Texts;

/** The importer's messages: {@code exchange/importer/messages.properties} (Chinese) and {@code messages_en.properties}. */
final class Messages {
    static final Texts TEXTS = Texts.of(Messages.class);

    private Messages() {
    }
}
