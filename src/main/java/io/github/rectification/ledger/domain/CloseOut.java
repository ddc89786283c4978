package io.github.rectification.ledger.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A measure's close-out (销号): its state, the request with its 完成情况说明, and the decision —
 * who verified or sent it back, when, with what opinion, and the reason when it was struck off
 * without evidence.
 */
public record CloseOut(CloseOutState state, String note, Instant requestedAt, String requestedBy, Instant decidedAt,
        String decidedBy, String opinion, String override) {

    /** A measure whose close-out was never requested. */
    public static final CloseOut NONE = new CloseOut(CloseOutState.NOT_REQUESTED, "", null, "", null, "", "", "");

    public CloseOut {
        Objects.requireNonNull(state, "state");
        note = note == null ? "" : note;
        requestedBy = requestedBy == null ? "" : requestedBy;
        decidedBy = decidedBy == null ? "" : decidedBy;
        opinion = opinion == null ? "" : opinion;
        override = override == null ? "" : override;
    }
}
