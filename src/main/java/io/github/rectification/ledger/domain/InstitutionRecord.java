package io.github.rectification.ledger.domain;

import java.time.LocalDate;

/** A rule or regulation made during rectification (建章立制). */
public record InstitutionRecord(
        long id,
        String title,
        String docNo,
        InstitutionKind kind,
        LocalDate issuedOn,
        Long problemId,
        Long measureId) implements RegisterRecord {

    @Override
    public RecordKind recordKind() {
        return RecordKind.INSTITUTION;
    }

    public InstitutionRecord withId(long newId) {
        return new InstitutionRecord(newId, title, docNo, kind, issuedOn, problemId, measureId);
    }
}
