package io.github.rectification.ledger.ui.registers;

import io.github.rectification.ledger.domain.RegisterRecord;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One column of a register's table: its title, width and the text of a record in it. The text may
 * need the register (a linked problem is named by the problems it offers).
 *
 * @param <T> the record type
 */
public record RegisterColumn<T extends RegisterRecord>(String title, double width,
        BiFunction<RegisterViewModel<T>, T, String> text) {

    /** A column of a record's own value. */
    public static <T extends RegisterRecord> RegisterColumn<T> of(String title, double width, Function<T, String> value) {
        return new RegisterColumn<>(title, width, (register, r) -> value.apply(r));
    }

    /** The column of the problem a record is linked to. */
    public static <T extends RegisterRecord> RegisterColumn<T> problem(String title, double width) {
        return new RegisterColumn<>(title, width, (register, r) -> register.problemLabel(r.problemId()));
    }

    /** A date as the registers show it: 2022-04-02; empty when none. */
    public static String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
