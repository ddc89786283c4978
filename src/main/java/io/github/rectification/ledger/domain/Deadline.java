package io.github.rectification.ledger.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A measure's deadline: its kind, the date when it names one, and the text as the ledger wrote it
 * (kept so that "2022年3月底" is shown and exported as written).
 */
public record Deadline(DeadlineKind kind, LocalDate date, String text) {
    public static final Deadline NONE = new Deadline(DeadlineKind.NONE, null, null);

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        if (kind == DeadlineKind.DATE && date == null) {
            throw new IllegalArgumentException("a date deadline needs a date");
        }
        if (kind != DeadlineKind.DATE) {
            date = null;
        }
        if (text != null && text.isBlank()) {
            text = null;
        }
    }

    public static Deadline on(LocalDate date) {
        return new Deadline(DeadlineKind.DATE, date, null);
    }

    public static Deadline longTerm() {
        return new Deadline(DeadlineKind.LONG_TERM, null, "长期坚持");
    }

    public static Deadline immediate() {
        return new Deadline(DeadlineKind.IMMEDIATE, null, "立行立改");
    }

    public boolean hasDate() {
        return kind == DeadlineKind.DATE;
    }

    /** True when the deadline date lies before {@code today}. */
    public boolean passed(LocalDate today) {
        return hasDate() && date.isBefore(today);
    }

    /**
     * The deadline as a report prints it, one format for all: a date as 2022年3月31日 (also when the ledger
     * wrote "2022年3月底" or "2022-03-31"), else the kind's word; a text no date was read from as written.
     */
    public String printed() {
        return switch (kind) {
            case DATE -> DayTexts.chinese(date);
            case LONG_TERM -> "长期坚持";
            case IMMEDIATE -> "立行立改";
            case NONE -> text == null ? "" : text;
        };
    }

    /** The text a ledger shows: the original text where kept, else the date or the kind's word. */
    public String display() {
        if (text != null) {
            return text;
        }
        return switch (kind) {
            case DATE -> date.toString();
            case LONG_TERM -> "长期坚持";
            case IMMEDIATE -> "立行立改";
            case NONE -> "";
        };
    }
}
