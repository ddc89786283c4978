package io.github.rectification.ledger.domain;

import java.time.LocalDate;

/**
 * One inspection (巡察): one round of feedback that the inspected unit must rectify.
 *
 * @param roundKind what kind of round it was, as the notice names it: 巡察, 巡察“回头看”, 专项巡察…; empty when unknown
 * @param issuingBody who signs the notice (发文机关署名), e.g. 中共温州市民政局党组; empty to derive it from the unit
 */
public record Inspection(
        long id,
        String name,
        String inspectedUnit,
        String inspectionGroup,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate feedbackDate,
        LocalDate reportDate,
        int order,
        String roundKind,
        String issuingBody) implements LedgerRecord {

    @Override
    public RecordKind recordKind() {
        return RecordKind.INSPECTION;
    }

    /** The round a notice names when none is given. */
    public static final String DEFAULT_ROUND = "巡察";

    public Inspection {
        roundKind = roundKind == null ? "" : roundKind.strip();
        issuingBody = issuingBody == null ? "" : issuingBody.strip();
    }

    /** An inspection whose round kind and issuing body are not known. */
    public Inspection(long id, String name, String inspectedUnit, String inspectionGroup, LocalDate startDate,
            LocalDate endDate, LocalDate feedbackDate, LocalDate reportDate, int order) {
        this(id, name, inspectedUnit, inspectionGroup, startDate, endDate, feedbackDate, reportDate, order, "", "");
    }

    public static Inspection draft(String name) {
        return new Inspection(0, name, "", "", null, null, null, null, 0);
    }

    public Inspection withId(long newId) {
        return new Inspection(newId, name, inspectedUnit, inspectionGroup, startDate, endDate, feedbackDate,
                reportDate, order, roundKind, issuingBody);
    }

    public Inspection withRound(String newRoundKind, String newIssuingBody) {
        return new Inspection(id, name, inspectedUnit, inspectionGroup, startDate, endDate, feedbackDate,
                reportDate, order, newRoundKind, newIssuingBody);
    }

    /** The round as the notice names it: {@link #roundKind} or 巡察. */
    public String roundOrDefault() {
        return roundKind.isEmpty() ? DEFAULT_ROUND : roundKind;
    }

    /**
     * Who signs the notice: {@link #issuingBody}, else the unit's Party organisation, "中共" put before a
     * unit named as a Party body (市民政局党组 → 中共市民政局党组).
     */
    public String issuingBodyOrDefault() {
        if (!issuingBody.isEmpty()) {
            return issuingBody;
        }
        String unit = inspectedUnit == null ? "" : inspectedUnit.strip();
        boolean party = unit.endsWith("党组") || unit.endsWith("党委") || unit.endsWith("党工委") || unit.endsWith("总支")
                || unit.endsWith("支部");
        return party && !unit.startsWith("中共") ? "中共" + unit : unit;
    }
}
