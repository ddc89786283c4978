package io.github.rectification.ledger.exchange.distribution;

import io.github.rectification.ledger.domain.Texts;

/** The distribution's messages: {@code exchange/distribution/messages.properties} (Chinese) and {@code messages_en.properties}. */
final class Messages {
    static final Texts TEXTS = Texts.of(Messages.class);

    private Messages() {
    }
}
