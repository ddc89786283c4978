package io.github.rectification.ledger.domain;

/** One finding (反馈问题) of an inspection, possibly a sub-problem of another. */
public record Problem(
        long id,
        long inspectionId,
        Long parentId,
        String seq,
        String category,
        String title,
        String description,
        int order) implements LedgerRecord {

    @Override
    public RecordKind recordKind() {
        return RecordKind.PROBLEM;
    }

    public static Problem draft(long inspectionId, String title) {
        return new Problem(0, inspectionId, null, "", "", title, "", 0);
    }

    public Problem withId(long newId) {
        return new Problem(newId, inspectionId, parentId, seq, category, title, description, order);
    }

    public Problem withSeq(String newSeq) {
        return new Problem(id, inspectionId, parentId, newSeq, category, title, description, order);
    }

    public Problem withOrder(int newOrder) {
        return new Problem(id, inspectionId, parentId, seq, category, title, description, newOrder);
    }
}
