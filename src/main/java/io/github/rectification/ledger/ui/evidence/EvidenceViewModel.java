package io.github.rectification.ledger.ui.evidence;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.CloseOut;
import io.github.rectification.ledger.domain.CloseOutRefusedException;
import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.files.AtomicFiles;
import io.github.rectification.ledger.report.preview.EvidencePreview;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.AttachEvidenceCommand;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.session.NodeKey;
import io.github.rectification.ledger.ui.session.RemoveEvidenceCommand;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The evidence and the close-out (销号) of the measure on show: its attachments, adding (also by
 * drop) and removing them as undoable steps, the preview of the one selected (a picture, or a PDF's
 * first page, read in the background from a temporary copy, which also opens it with the system's
 * viewer), and the steps of its close-out.
 */
public final class EvidenceViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The longer side of a preview, in pixels: twice the pane's picture, sharp at 200 % scaling. */
    static final int PREVIEW_SIDE = 360;

    private final LedgerSession session;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<BufferedImage> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper previewText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(false);
    private BackgroundTask<Optional<EvidencePreview.Preview>> previewTask;
    private Path copies;
    private final ObservableList<EvidenceRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper closeOutText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(lang("evidence.title"));
    private final ReadOnlyBooleanWrapper canRequest = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDecide = new ReadOnlyBooleanWrapper(false);
    private NodeKey measure;
    private String uid;

    public EvidenceViewModel(LedgerSession session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        session.lastChangeProperty().addListener((obs, old, change) -> {
            if (measure != null) {
                reload();
            }
        });
    }

    /** Shows the evidence and close-out of a measure. */
    public void load(long measureId) {
        measure = NodeKey.measure(measureId);
        reload();
    }

    private void reload() {
        select(null);
        if (!session.isOpen() || session.store().inspections().measure(measure.id()).isEmpty()) {
            rows.clear();
            closeOutText.set("");
            canRequest.set(false);
            canDecide.set(false);
            return;
        }
        uid = session.store().history().uidOf(RecordKind.MEASURE, measure.id());
        rows.setAll(session.store().evidence().of(EvidenceOwner.measure(uid)).stream().map(EvidenceViewModel::row)
                .toList());
        CloseOut c = session.store().closeOut().of(uid);
        closeOutText.set(describe(c));
        title.set(lang("evidence.title.count", rows.size(), state(c)));
        canRequest.set(session.isWritable()
                && (c.state() == CloseOutState.NOT_REQUESTED || c.state() == CloseOutState.RETURNED));
        canDecide.set(session.isWritable() && c.state() == CloseOutState.REQUESTED);
    }

    private static EvidenceRow row(Evidence e) {
        return new EvidenceRow(e, e.name(), size(e.size()), DAY.format(e.addedAt().atZone(ZoneId.systemDefault()))
                + " " + e.addedBy());
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? String.format("%.1f KB", bytes / 1024.0)
                : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String describe(CloseOut c) {
        String state = state(c);
        return switch (c.state()) {
            case NOT_REQUESTED -> state;
            case REQUESTED -> lang("closeout.requested", state, c.note(), c.requestedBy());
            case CLOSED, RETURNED -> lang("closeout.decided", state, c.opinion().isEmpty() ? c.override() : c.opinion(),
                    c.decidedBy());
        };
    }

    private static String state(CloseOut c) {
        return switch (c.state()) {
            case NOT_REQUESTED -> lang("closeout.state.not_requested");
            case REQUESTED -> lang("closeout.state.requested");
            case CLOSED -> lang("closeout.state.closed");
            case RETURNED -> lang("closeout.state.returned");
        };
    }

    public ObservableList<EvidenceRow> rows() {
        return rows;
    }

    /** The pane's title: how many files, and the close-out state. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty closeOutTextProperty() {
        return closeOutText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRequestProperty() {
        return canRequest.getReadOnlyProperty();
    }

    /** True when the ledger may be written: evidence can be added and removed. */
    public javafx.beans.binding.BooleanBinding writableProperty() {
        return session.writableBinding();
    }

    public ReadOnlyBooleanProperty canDecideProperty() {
        return canDecide.getReadOnlyProperty();
    }

    /** Attaches files as one undoable step; the reason when they were refused (nothing attached). */
    public Optional<String> attach(List<Path> files) {
        if (files.isEmpty() || measure == null) {
            return Optional.empty();
        }
        try {
            session.run(new AttachEvidenceCommand(EvidenceOwner.measure(uid), files, measure));
            return Optional.empty();
        } catch (AttachEvidenceCommand.Refused e) {
            return Optional.of(e.getMessage());
        }
    }

    public void remove(EvidenceRow row) {
        session.run(new RemoveEvidenceCommand(row.evidence().uid(), measure));
    }

    /**
     * The attachment selected: its preview is read in the background (a picture, or a PDF's first
     * page); other kinds say that they open with the system's viewer. Null clears the preview.
     */
    public void select(EvidenceRow row) {
        if (previewTask != null) {
            previewTask.cancel();
            previewTask = null;
        }
        preview.set(null);
        previewing.set(false);
        if (row == null) {
            previewText.set("");
            return;
        }
        if (!EvidencePreview.canPreview(row.name())) {
            previewText.set(lang("evidence.preview.none"));
            return;
        }
        previewText.set(lang("evidence.preview.reading"));
        previewing.set(true);
        Evidence e = row.evidence();
        BackgroundTask<Optional<EvidencePreview.Preview>> task = BackgroundTask.wrap(
                () -> EvidencePreview.of(copyOf(e, session.reader()), e.name(), PREVIEW_SIDE));
        previewTask = task;
        executor.execute(task.onSuccess(found -> {
            if (previewTask == task) {
                previewing.set(false);
                preview.set(found.map(EvidencePreview.Preview::image).orElse(null));
                previewText.set(found.map(p -> p.pages() > 1 ? lang("evidence.preview.pages", p.pages()) : "")
                        .orElse(lang("evidence.preview.none")));
            }
        }).onFailure(ex -> {
            if (previewTask == task) {
                previewing.set(false);
                previewText.set(lang("evidence.preview.failed", e.name()));
            }
        }));
    }

    /** The preview of the attachment selected; null when none is shown. */
    public ReadOnlyObjectProperty<BufferedImage> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What the preview says besides its picture: pages, reading, or why there is none. */
    public ReadOnlyStringProperty previewTextProperty() {
        return previewText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    /**
     * A temporary copy of an attachment under its own name, for the system's viewer to open; the
     * copies are removed when the program ends.
     */
    public Path openableCopy(EvidenceRow row) throws IOException {
        return copyOf(row.evidence(), session.store());
    }

    /**
     * The attachment's content in a temporary file named as attached, written once per content,
     * read through {@code source}: the window's connection, or the reader of background work.
     */
    private synchronized Path copyOf(Evidence e, LedgerStore source) throws IOException {
        if (copies == null) {
            copies = Files.createTempDirectory("rectification-ledger-evidence");
            copies.toFile().deleteOnExit();
        }
        Path folder = copies.resolve(e.sha256().substring(0, 16));
        Path file = folder.resolve(Path.of(e.name()).getFileName().toString());
        if (!Files.isRegularFile(file) || Files.size(file) != e.size()) {
            Files.createDirectories(folder);
            folder.toFile().deleteOnExit();
            AtomicFiles.write(file, out -> source.evidence().copyContent(e, out));
            file.toFile().deleteOnExit();
        }
        return file;
    }

    /** Writes a copy of an attachment to a file, to open or keep it. */
    public void saveCopy(EvidenceRow row, Path target) throws IOException {
        AtomicFiles.write(target, out -> session.store().evidence().copyContent(row.evidence(), out));
    }

    /** Requests the close-out; the rule's reason when it is refused. */
    public Optional<String> request(String note) {
        return step(() -> session.store().closeOut().request(uid, note));
    }

    public Optional<String> approve(String opinion, String override) {
        return step(() -> session.store().closeOut().approve(uid, opinion, override));
    }

    public Optional<String> reject(String reason) {
        return step(() -> session.store().closeOut().reject(uid, reason));
    }

    private interface Step {
        void run() throws CloseOutRefusedException;
    }

    private Optional<String> step(Step s) {
        try {
            s.run();
        } catch (CloseOutRefusedException e) {
            return Optional.of(e.getMessage());
        }
        session.changed(measure);
        return Optional.empty();
    }
}
