package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.LabelStyle;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Swapping a record with its previous or next sibling, one way for problems and measures: every
 * sibling is given its place anew, and when the two swapped are labelled alike ((二) and (三), 2. and
 * 3.) the labels stay with their places, so the list still reads in order.
 *
 * @param <R> the record moved
 */
abstract class SiblingMove<R> {
    static final SiblingMove<Problem> PROBLEMS = new SiblingMove<>("problem") {
        @Override
        List<Problem> siblingsOf(Connection c, long id) throws SQLException {
            Problem p = ProblemTable.get(c, id).orElseThrow(() -> new SQLException("no problem " + id));
            return ProblemTable.children(c, p.inspectionId(), p.parentId());
        }

        @Override
        long id(Problem p) {
            return p.id();
        }

        @Override
        String seq(Problem p) {
            return p.seq();
        }

        @Override
        Problem withOrder(Problem p, int order) {
            return p.withOrder(order);
        }

        @Override
        Problem withSeq(Problem p, String seq) {
            return p.withSeq(seq);
        }

        @Override
        void update(Connection c, Problem p) throws SQLException {
            ProblemTable.update(c, p);
        }
    };

    static final SiblingMove<Measure> MEASURES = new SiblingMove<>("measure") {
        @Override
        List<Measure> siblingsOf(Connection c, long id) throws SQLException {
            Measure m = MeasureTable.get(c, id).orElseThrow(() -> new SQLException("no measure " + id));
            return MeasureTable.ofProblem(c, m.problemId());
        }

        @Override
        long id(Measure m) {
            return m.id();
        }

        @Override
        String seq(Measure m) {
            return m.seq();
        }

        @Override
        Measure withOrder(Measure m, int order) {
            return m.withOrder(order);
        }

        @Override
        Measure withSeq(Measure m, String seq) {
            return m.withSeq(seq);
        }

        @Override
        void update(Connection c, Measure m) throws SQLException {
            MeasureTable.update(c, m);
        }
    };

    private final String table;

    private SiblingMove(String table) {
        this.table = table;
    }

    /** The record {@code id} and its siblings, in display order. */
    abstract List<R> siblingsOf(Connection c, long id) throws SQLException;

    abstract long id(R record);

    abstract String seq(R record);

    abstract R withOrder(R record, int order);

    abstract R withSeq(R record, String seq);

    abstract void update(Connection c, R record) throws SQLException;

    /** Swaps {@code id} with its previous ({@code -1}) or next ({@code +1}) sibling; false at either end. */
    boolean move(Connection c, ChangeLog log, long id, int direction) throws SQLException {
        List<R> siblings = siblingsOf(c, id);
        int at = indexOf(siblings, id);
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= siblings.size()) {
            return false;
        }
        boolean labels = LabelStyle.alike(seq(siblings.get(at)), seq(siblings.get(to)));
        for (int k = 0; k < siblings.size(); k++) {
            int pos = k == at ? to : k == to ? at : k;
            R moved = withOrder(siblings.get(k), pos + 1);
            R relabelled = labels && pos != k ? withSeq(moved, seq(siblings.get(pos))) : moved;
            RowChanges.changed(log, c, table, id(moved), ChangeAction.MOVE, () -> update(c, relabelled));
        }
        return true;
    }

    private int indexOf(List<R> siblings, long id) {
        for (int k = 0; k < siblings.size(); k++) {
            if (id(siblings.get(k)) == id) {
                return k;
            }
        }
        throw new IllegalStateException("record " + id + " is not among its siblings");
    }
}
