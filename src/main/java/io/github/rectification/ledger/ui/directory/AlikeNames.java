package io.github.rectification.ledger.ui.directory;

/**
 * Two department names written alike (办公室, 局办公室), with the measures each leads, offered for
 * merging: the name with more measures keeps its place and the other becomes its alias.
 */
public record AlikeNames(String name, String other, int measures, int otherMeasures) {
    /** The name that stays a department: the one with more measures, the first on a tie. */
    public String keep() {
        return measures >= otherMeasures ? name : other;
    }

    /** The name that becomes an alias of {@link #keep()}. */
    public String merged() {
        return measures >= otherMeasures ? other : name;
    }
}
