package io.github.rectification.ledger.domain;

import java.util.Objects;
import java.util.function.Function;

/**
 * One setting a ledger file keeps about itself: its key, the value it has while the ledger holds
 * none, and how the value is written as text and read back. Every setting is a constant of
 * {@link LedgerSettings}, so a key is spelt once and a caller always gets a typed value, whichever
 * store keeps the text.
 *
 * @param <T> the type of the value
 */
public final class Setting<T> {
    private final String key;
    private final T defaultValue;
    private final Function<String, T> parse;
    private final Function<T, String> format;

    /** Only the catalogue names settings, so no key is spelt twice. */
    Setting(String key, T defaultValue, Function<String, T> parse, Function<T, String> format) {
        this.key = Objects.requireNonNull(key, "key");
        this.defaultValue = defaultValue;
        this.parse = Objects.requireNonNull(parse, "parse");
        this.format = Objects.requireNonNull(format, "format");
    }

    /** The key the ledger keeps the value under. */
    public String key() {
        return key;
    }

    /** The value while the ledger keeps none. */
    public T defaultValue() {
        return defaultValue;
    }

    /** The value of a stored text; a text this setting cannot read fails as it always did. */
    public T parse(String text) {
        return parse.apply(text);
    }

    /** The text a value is stored as. */
    public String format(T value) {
        return format.apply(value);
    }

    @Override
    public String toString() {
        return key;
    }
}
