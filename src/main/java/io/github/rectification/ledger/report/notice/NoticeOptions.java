package io.github.rectification.ledger.report.notice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a notice is drafted.
 *
 * @param asOf the day figures and overdue measures are counted against (截至…)
 * @param date the notice's own date, printed under the signature
 * @param closing the closing part as the office edited it; null or blank for the default
 * @param contact the office's contact printed in the closing part
 * @param carried what the notice's round carried over when it is a 回头看 round, or null
 */
public record NoticeOptions(LocalDate asOf, LocalDate date, String closing, NoticeContact contact,
        CarriedOver carried) {
    public NoticeOptions {
        Objects.requireNonNull(asOf, "asOf");
        date = date == null ? asOf : date;
        contact = contact == null ? NoticeContact.NONE : contact;
    }

    public NoticeOptions(LocalDate asOf, LocalDate date, String closing, NoticeContact contact) {
        this(asOf, date, closing, contact, null);
    }

    /** The same options for a round that carried {@code over} (null: none). */
    public NoticeOptions withCarried(CarriedOver over) {
        return new NoticeOptions(asOf, date, closing, contact, over);
    }
}
