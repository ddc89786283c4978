package io.github.rectification.ledger.ui.registers;

import io.github.rectification.ledger.domain.RegisterRecord;
import java.util.List;
import java.util.function.Function;
import javafx.beans.Observable;

/**
 * What tells one register from the other: the fields of its form, how a record fills them and is
 * made from them, what must be filled, and the columns of its table. Everything else a register
 * does (its rows, selection, undoable writes, unreadable dates) is {@link RegisterViewModel}'s.
 *
 * @param <T> the record type
 */
public interface RegisterFields<T extends RegisterRecord> {

    /** A new record with the defaults, without id. */
    T blank();

    /** The fields whose changes make the form dirty or invalid. */
    List<Observable> fields();

    /** Shows a record in the fields (null: empties them); {@code choices} names a problem by its id. */
    void fill(T record, Function<Long, ProblemChoice> choices);

    /** The record as the fields describe it, with the id (and what the form does not show) of {@code selected}. */
    T build(T selected);

    /** What is missing from the fields, in the window's words; empty when the record may be applied. */
    List<String> errors();

    /** A few words naming the record in the delete question. */
    String describe(T record);

    /** The columns of the register's table, in order. */
    List<RegisterColumn<T>> columns();
}
