package io.github.rectification.ledger.store;

/**
 * One problem's own measures counted under a counting rule, in the ledger's order of problems.
 *
 * @param parentId         its parent problem, or null
 * @param measures         its own measures (its sub-problems' not included)
 * @param countedDone      those of them that count as done under the rule
 * @param firstUnfinished  the first of them (in display order) that is unfinished, or null
 */
public record ProblemTally(long problemId, Long parentId, int measures, int countedDone, Long firstUnfinished) {
}
