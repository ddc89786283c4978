package io.github.rectification.ledger.domain;

import java.time.LocalDate;

/** One person held to account (问责) during rectification, e.g. 批评教育 or 提醒谈话. */
public record AccountabilityRecord(
        long id,
        String person,
        String position,
        String kind,
        Long problemId,
        LocalDate date) implements RegisterRecord {

    @Override
    public RecordKind recordKind() {
        return RecordKind.ACCOUNTABILITY;
    }

    /** The forms of accountability offices report, in the order notices list them. */
    public static final java.util.List<String> KINDS =
            java.util.List.of("批评教育", "提醒谈话", "诫勉谈话", "组织处理", "党纪政务处分");

    public AccountabilityRecord withId(long newId) {
        return new AccountabilityRecord(newId, person, position, kind, problemId, date);
    }
}
