package io.github.rectification.ledger.store;

/**
 * Where a change came from, kept with each history row: a plain edit (empty label), an undo or
 * redo, or an import naming its file. The records an import adds share one history row (see
 * {@code history_added}); what it changes or removes gets rows of its own.
 *
 * @param perRecord true when an update of several fields makes one history row rather than one per field
 */
public record ChangeSource(String label, boolean perRecord) {
    public static final ChangeSource EDIT = new ChangeSource("", false);
    public static final ChangeSource UNDO = new ChangeSource("undo", false);
    public static final ChangeSource REDO = new ChangeSource("redo", false);

    public ChangeSource {
        label = label == null ? "" : label;
    }

    /** An import of the named file ({@code "import: 台账.xlsx"}). */
    public static ChangeSource importOf(String fileName) {
        return new ChangeSource("import: " + fileName, true);
    }
}
