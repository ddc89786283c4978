package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Texts;

/** The store's messages: {@code store/messages.properties} (Chinese) and {@code messages_en.properties}. */
final class Messages {
    static final Texts TEXTS = Texts.of(Messages.class);

    private Messages() {
    }
}
