package io.github.rectification.ledger.bench;

import io.github.rectification.ledger.domain.Texts;

/** The benchmarks' messages: {@code bench/messages.properties} (Chinese) and {@code messages_en.properties}. */
final class Messages {
    static final Texts TEXTS = Texts.of(Messages.class);

    private Messages() {
    }
}
