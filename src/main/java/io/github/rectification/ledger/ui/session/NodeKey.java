package io.github.rectification.ledger.ui.session;

/** Which record a tree node, a selection or a change is about. */
public record NodeKey(Kind kind, long id) {
    public enum Kind { INSPECTION, PROBLEM, MEASURE }

    public static NodeKey inspection(long id) {
        return new NodeKey(Kind.INSPECTION, id);
    }

    public static NodeKey problem(long id) {
        return new NodeKey(Kind.PROBLEM, id);
    }

    public static NodeKey measure(long id) {
        return new NodeKey(Kind.MEASURE, id);
    }
}
