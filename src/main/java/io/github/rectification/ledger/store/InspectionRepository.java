package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger proper: its inspections (巡视/巡察), each with its problems and their sub-problems, and the
 * rectification measures of each problem, in display order. Every write is one transaction with its
 * history rows; a remove returns what puts the records back.
 */
public interface InspectionRepository {
    /**
     * The ledger's figures counted by SQLite under {@code rule} on {@code day}, without reading its
     * measures: what {@link io.github.rectification.ledger.domain.LedgerFigures#of} counts from a snapshot.
     */
    MeasureCounts counts(io.github.rectification.ledger.domain.CountingRule rule, LocalDate day);

    /**
     * The problems' tallies, the measures counted group by group under {@code rule} on {@code day} (of each
     * grouping {@code names} names a group by, from the raw key: the lead department or leader as
     * written, the category stripped or null, so that keys of one name count as one group; the groups
     * in the order they first appear in the ledger), the names of the groups with deadline warnings in
     * the order of their most urgent warning, the ids of the first {@code limit} measures with a deadline
     * warning (negative: all), most urgent first, the measures the {@code checks} find and, unless
     * {@code staleBefore} is null, the in-progress measures last changed (by the history) before it: all
     * from one read of the measures.
     */
    BreakdownCounts breakdowns(io.github.rectification.ledger.domain.CountingRule rule, LocalDate day,
            io.github.rectification.ledger.domain.WarningBands bands,
            Map<Grouping, java.util.function.UnaryOperator<String>> names, int limit, java.util.Set<MeasureCheck> checks,
            java.time.Instant staleBefore);

    /** The lead departments the measures name, as written, each once. */
    List<String> writtenDepartments();

    /** The ids of the measures whose lead department is written as one of {@code names}, in display order. */
    List<Long> withDepartments(Collection<String> names);

    /** A field whose values the forms offer as suggestions. */
    enum NamedField {
        CATEGORY, LEADER, DEPARTMENT, PERSON
    }

    // ---------------------------------------------------------------- reads

    /** Every inspection, in display order. */
    List<Inspection> all();

    /** The workbook sheet each inspection was imported from, by inspection id (those imported only). */
    Map<Long, String> sourceSheets();

    Optional<Inspection> inspection(long id);

    /** Top-level problems of an inspection ({@code parentId} null) or sub-problems of a problem. */
    List<Problem> problems(long inspectionId, Long parentId);

    /** Every problem of an inspection in display order: each parent followed by its sub-problems. */
    List<Problem> problemsInOrder(long inspectionId);

    Optional<Problem> problem(long id);

    /** The problems of {@code ids} that exist, by id, read in one statement. */
    Map<Long, Problem> problems(Collection<Long> ids);

    /** The measures of a problem, in display order. */
    List<Measure> measures(long problemId);

    /** The whole records of the measures with these ids (those that exist), by id. */
    Map<Long, Measure> measures(Collection<Long> ids);

    /** The measures of these stable ids, by stable id; an unknown id is left out. */
    Map<String, Measure> measuresByUid(Collection<String> uids);

    Optional<Measure> measure(long id);

    /**
     * Streams the measures of the given problems, problem after problem in the order given, each
     * problem's measures in display order, with their stable ids; for exports of large ledgers.
     */
    void forEachMeasure(Iterable<Long> problemIds, MeasureVisitor visitor);

    /** How many measures each problem of an inspection has (problems without measures left out). */
    Map<Long, Integer> measureCounts(long inspectionId);

    /**
     * The distinct values of the short fields of an inspection's measures: what a writer needs to
     * size its columns before it streams the measures (see {@link #forEachMeasure}).
     */
    MeasureValues measureValues(long inspectionId);

    /** The whole ledger, each list in display order (problems: parents before their sub-problems). */
    Ledger snapshot();

    /**
     * The ledger as {@link #snapshot()} gives it, but each measure with only the fields that figures,
     * breakdowns and deadline warnings are counted from (its texts, person and supporting
     * departments empty): what {@code stats} and the status bar need, read in a fraction of the time
     * and memory.
     */
    Ledger countableSnapshot();

    /** True when the ledger holds no inspection. */
    boolean isEmpty();

    /**
     * Figures of every inspection, for the tree: measures neither done nor long-term are unfinished,
     * and overdue once their deadline date lies before {@code today} ({@link Measure#overdue}).
     */
    Map<Long, NodeCounts> inspectionCounts(LocalDate today);

    /** Figures of every problem of an inspection (a problem's own measures and its sub-problems'). */
    Map<Long, NodeCounts> problemCounts(long inspectionId, LocalDate today);

    /** Lead departments with their number of measures, most measures first. */
    Map<String, Integer> departments();

    /** The values the ledger holds in a field, blank ones left out, the most used first. */
    List<String> usedValues(NamedField field);

    /** Measures of one lead department, in ledger order. */
    List<Measure> measuresOfDepartment(String department);

    /** The measures, problems and inspections a filter keeps. */
    FilterHits find(MeasureFilter filter);

    /**
     * Starts building, in the background, what {@link #find} searches, so that the first search
     * after opening answers as fast as the next ones; returns at once. A search meanwhile waits for
     * the build.
     */
    void prepareSearch();

    // ---------------------------------------------------------------- writes

    Inspection add(Inspection i);

    void update(Inspection i);

    /** Appends a problem (or sub-problem) at the end of its siblings unless it carries an order. */
    Problem add(Problem p);

    void update(Problem p);

    /** Appends a measure at the end of its problem unless it carries an order. */
    Measure add(Measure m);

    void update(Measure m);

    /** Deletes an inspection with all its problems and measures; the result restores it. */
    Removed removeInspection(long id);

    /** Deletes a problem with its sub-problems and measures; the result restores it. */
    Removed removeProblem(long id);

    /** Deletes one measure; the result restores it. */
    Removed removeMeasure(long id);

    /** Puts back what a remove took away, with the same ids, stable ids and links. */
    void restore(Removed r);

    /**
     * Swaps a problem with its previous ({@code -1}) or next ({@code +1}) sibling; false at either
     * end. When both are labelled alike ((二) and (三)) the labels stay with their places, so the
     * list still reads in order.
     */
    boolean moveProblem(long id, int direction);

    /**
     * Swaps a measure with its previous ({@code -1}) or next ({@code +1}) sibling; false at either
     * end. When both are labelled alike (2. and 3.) the labels stay with their places.
     */
    boolean moveMeasure(long id, int direction);
}
