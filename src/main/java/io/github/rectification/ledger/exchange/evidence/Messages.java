package io.github.rectification.ledger.exchange.evidence;

import io.github.rectification.ledger.domain.Texts;

/** The evidence package's messages: {@code exchange/evidence/messages.properties} (Chinese) and {@code messages_en.properties}. */
final class Messages {
    static final Texts TEXTS = Texts.of(Messages.class);

    private Messages() {
    }
}
