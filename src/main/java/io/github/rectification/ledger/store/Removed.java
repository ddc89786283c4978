package io.github.rectification.ledger.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a delete took away, so that undo can put it all back as it was: the inspection (if one was
 * deleted), its problems and sub-problems, their measures, and the register records whose links to
 * them were cleared. The rows themselves stay in the ledger's connection ({@link HeldRows}), every
 * column as it was, ids and stable ids included; this names them. It can be restored once, by the
 * store that made it, while that store is open.
 */
public final class Removed {
    final HeldRows holder;
    final long inspectionId;
    final HeldRows.Range inspection;
    final HeldRows.Range problems;
    final HeldRows.Range measures;
    final HeldRows.Range accountability;
    final HeldRows.Range institutions;
    final AtomicBoolean restored = new AtomicBoolean();

    Removed(HeldRows holder, long inspectionId, HeldRows.Range inspection, HeldRows.Range problems,
            HeldRows.Range measures, HeldRows.Range accountability, HeldRows.Range institutions) {
        this.holder = holder;
        this.inspectionId = inspectionId;
        this.inspection = inspection;
        this.problems = problems;
        this.measures = measures;
        this.accountability = accountability;
        this.institutions = institutions;
        AtomicBoolean done = restored;
        holder.forgetWith(this, ranges(), done::get);
    }

    List<HeldRows.Range> ranges() {
        return List.of(inspection, problems, measures, accountability, institutions);
    }

    /** Whether an inspection was deleted (with everything under it). */
    public boolean inspectionRemoved() {
        return inspection.count() > 0;
    }

    /** How many problems and sub-problems were deleted. */
    public int problemCount() {
        return problems.count();
    }

    /** How many measures were deleted. */
    public int measureCount() {
        return measures.count();
    }

    /** How many register records lost their link to what was deleted. */
    public int relinkedCount() {
        return accountability.count() + institutions.count();
    }
}
