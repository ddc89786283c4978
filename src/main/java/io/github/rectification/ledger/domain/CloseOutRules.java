package io.github.rectification.ledger.domain;

import java.time.Instant;

/**
 * The steps of a close-out (销号) and the rules they keep: 未申请 or 退回 → 待销号 (requested, for a
 * finished measure, with a 完成情况说明); 待销号 → 已销号 (verified, with at least one piece of
 * evidence unless the office gives a reason) or → 退回 (sent back with the reason, and the measure is
 * again 正在推进).
 */
public final class CloseOutRules {
    private CloseOutRules() {
    }

    /** A request to strike a measure off, with its 完成情况说明. */
    public static CloseOut request(CloseOut current, Status status, String note, Instant at, String who)
            throws CloseOutRefusedException {
        if (current.state() == CloseOutState.REQUESTED) {
            throw new CloseOutRefusedException("这条整改措施已申请销号,正等待审核");
        }
        if (current.state() == CloseOutState.CLOSED) {
            throw new CloseOutRefusedException("这条整改措施已销号");
        }
        if (status != Status.DONE) {
            throw new CloseOutRefusedException("只有完成情况为“已完成”的整改措施才能申请销号(现为“" + status.word() + "”)");
        }
        if (blank(note)) {
            throw new CloseOutRefusedException("申请销号需填写完成情况说明");
        }
        return new CloseOut(CloseOutState.REQUESTED, note.strip(), at, who, null, "", "", "");
    }

    /**
     * Strikes a requested measure off. Without evidence it needs {@code override}, the reason the office
     * strikes it off all the same.
     */
    public static CloseOut approve(CloseOut current, int evidence, String opinion, String override, Instant at,
            String who) throws CloseOutRefusedException {
        requested(current);
        if (evidence == 0 && blank(override)) {
            throw new CloseOutRefusedException("销号需至少一份佐证材料;没有佐证材料时须说明理由(--override)");
        }
        return new CloseOut(CloseOutState.CLOSED, current.note(), current.requestedAt(), current.requestedBy(), at, who,
                strip(opinion), evidence == 0 ? override.strip() : "");
    }

    /** Sends a request back with its reason; the measure returns to 正在推进 ({@link #statusAfterReturn}). */
    public static CloseOut reject(CloseOut current, String reason, Instant at, String who)
            throws CloseOutRefusedException {
        requested(current);
        if (blank(reason)) {
            throw new CloseOutRefusedException("退回需说明理由");
        }
        return new CloseOut(CloseOutState.RETURNED, current.note(), current.requestedAt(), current.requestedBy(), at, who,
                reason.strip(), "");
    }

    /** The status of a measure whose close-out was sent back. */
    public static Status statusAfterReturn() {
        return Status.IN_PROGRESS;
    }

    private static void requested(CloseOut current) throws CloseOutRefusedException {
        if (current.state() != CloseOutState.REQUESTED) {
            throw new CloseOutRefusedException("这条整改措施没有待审核的销号申请(现为“" + current.state().word() + "”)");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
