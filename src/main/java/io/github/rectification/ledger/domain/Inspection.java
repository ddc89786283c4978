package io.github.rectification.ledger.domain;

import java.time.LocalDate;

/** One inspection (巡察): one round of feedback that the inspected unit must rectify. */
public record Inspection(
        long id,
        String name,
        String inspectedUnit,
        String inspectionGroup,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate feedbackDate,
        LocalDate reportDate,
        int order) {

    public static Inspection draft(String name) {
        return new Inspection(0, name, "", "", null, null, null, null, 0);
    }

    public Inspection withId(long newId) {
        return new Inspection(newId, name, inspectedUnit, inspectionGroup, startDate, endDate, feedbackDate,
                reportDate, order);
    }
}
