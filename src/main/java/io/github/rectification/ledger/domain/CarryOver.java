package io.github.rectification.ledger.domain;

/**
 * Which measures a follow-up round (回头看) takes over from the round before: those neither done nor
 * struck off (销号), and the long-term ones (长期坚持), which are never finished.
 */
public final class CarryOver {
    /** The kind of round a follow-up round is, as its notice names it. */
    public static final String ROUND_KIND = "巡察“回头看”";

    private CarryOver() {
    }

    public static boolean carried(Measure m, CloseOutState closeOut) {
        if (m.status() == Status.LONG_TERM) {
            return true;
        }
        return m.status() != Status.DONE && closeOut != CloseOutState.CLOSED;
    }
}
