package io.github.rectification.ledger.ui.history;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.exchange.export.PlainFileName;
import io.github.rectification.ledger.exchange.history.HistoryLabels;
import io.github.rectification.ledger.exchange.history.HistoryWorkbook;
import io.github.rectification.ledger.store.HistoryEntry;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The change history of a record of the open ledger as the window shows it: the record's title,
 * its changes as rows in the window's words, and the history of its inspection written to Excel.
 */
public final class HistoryViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The history in the window's language. */
    private static final HistoryLabels LABELS = new HistoryLabels(new BundleHistoryWords());

    private final LedgerSession session;

    public HistoryViewModel(LedgerSession session) {
        this.session = session;
    }

    /** The record in the history window's title: label and the first words of its text; empty when it is gone. */
    public String title(NodeKey key) {
        LedgerStore store = session.store();
        return switch (key.kind()) {
            case INSPECTION -> store.inspections().inspection(key.id()).map(i -> HistoryTitles.of(null, i.name()))
                    .orElse("");
            case PROBLEM -> store.inspections().problem(key.id()).map(p -> HistoryTitles.of(p.seq(), p.title()))
                    .orElse("");
            case MEASURE -> store.inspections().measure(key.id()).map(m -> HistoryTitles.of(m.seq(), m.text()))
                    .orElse("");
        };
    }

    /** The record's changes, oldest first. */
    public List<HistoryRow> rows(NodeKey key) {
        return session.store().history().history(key.recordKind(), key.id()).stream().map(HistoryViewModel::row).toList();
    }

    static HistoryRow row(HistoryEntry e) {
        return new HistoryRow(TIME.format(e.at().atZone(ZoneId.systemDefault())), e.who(), LABELS.action(e.action()),
                LABELS.fields(e.field()), LABELS.value(e.field(), e.oldValue()), LABELS.value(e.field(), e.newValue()),
                LABELS.source(e.source()));
    }

    /** The file name offered for the history of the record's inspection, without its extension. */
    public String exportName(NodeKey key) {
        LedgerStore store = session.store();
        return PlainFileName.of(store.inspections().inspection(inspectionOf(store, key)).map(i -> i.name()).orElse("")
                + lang("history.export.suffix"), lang("history.export.suffix"));
    }

    /**
     * The work, for the background, of writing the history of the record's inspection to {@code target};
     * it returns the file. The inspection and the ledger are those of now.
     */
    public Callable<Path> export(NodeKey key, Path target) {
        LedgerStore store = session.store();
        long inspectionId = inspectionOf(store, key);
        return () -> {
            HistoryWorkbook.exportInspection(store, inspectionId, target);
            return target;
        };
    }

    private static long inspectionOf(LedgerStore store, NodeKey key) {
        return switch (key.kind()) {
            case INSPECTION -> key.id();
            case PROBLEM -> store.inspections().problem(key.id()).orElseThrow().inspectionId();
            case MEASURE -> store.inspections().problem(store.inspections().measure(key.id()).orElseThrow().problemId())
                    .orElseThrow()
                    .inspectionId();
        };
    }
}
