package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.exchange.read.WorkbookOpener;
import io.github.rectification.ledger.exchange.read.WorkbookSource;
import io.github.rectification.ledger.store.BackupKind;
import io.github.rectification.ledger.store.Backups;
import io.github.rectification.ledger.store.BulkWriter;
import io.github.rectification.ledger.store.ChangeSource;
import io.github.rectification.ledger.store.LedgerFileException;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports an Excel ledger (.xlsx or .xls, told apart by content) into a ledger file.
 * {@link #preview} reads the workbook and says what an import would do without writing anything;
 * {@link #apply} backs the ledger file up (a returned workbook keeps the before-image of what it
 * writes in the ledger instead, see {@link io.github.rectification.ledger.store.BeforeImages}) and
 * writes everything in one transaction, reading the
 * workbook on one thread while the records are written on the other; the transaction begins once
 * the workbook has yielded its first record. The whole workbook is read once and checked against
 * {@link io.github.rectification.ledger.exchange.read.ReadLimits} before the ledger is asked for,
 * so a refused workbook changes nothing: no backup, not a byte of the ledger file. Into a new ledger
 * file, which has nothing to lose, the workbook is read once instead: the import's reads check what
 * they read, the rest is checked before the commit, and a refusal rolls the import back.
 */
public final class LedgerImporter {
    private LedgerImporter() {
    }

    /** What importing {@code file} into {@code store} would do; nothing is written. */
    public static ImportPlan preview(Path file, LedgerStore store, ImportOptions options)
            throws ImportRejectedException {
        Objects.requireNonNull(store, "store");
        try (WorkbookSource source = WorkbookOpener.open(file, options.password())) {
            LedgerMeta meta = WorkbookReader.readMeta(source);
            source.check();
            ImportPlan plan = new ImportPlan(source.fileName());
            ReturnBase returns = ownLedger(meta, store) ? returnBase(plan, meta, store) : null;
            ExistingLedger existing = existing(meta, store, returns);
            DirectoryLookup directory = store.directory().lookup();
            Reconciler reconciler = new Reconciler(plan, existing, meta, null, store, returns, options.take(),
                    directory);
            WorkbookReader reader = new WorkbookReader(source, meta, options, directory, reconciler, false);
            reader.read();
            finish(plan, reader, reconciler, options.deleteMissing());
            return plan;
        }
    }

    /**
     * Imports {@code file} into {@code store} in one transaction, after a backup of the ledger file
     * (when it holds anything). Missing records of a re-imported export are deleted only with
     * {@link ImportOptions#deleteMissing()}.
     */
    public static ImportPlan apply(Path file, LedgerStore store, ImportOptions options)
            throws ImportRejectedException {
        Objects.requireNonNull(store, "store");
        try {
            return apply(file, () -> store, options);
        } catch (LedgerFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hands over the ledger to import into. */
    @FunctionalInterface
    public interface Ledger {
        LedgerStore get() throws LedgerFileException;

        /**
         * True when {@link #get} makes a new ledger file: nothing in it can be lost and no backup is
         * due, so the workbook is checked while it is written instead of before, and a refusal rolls
         * the import back; the caller then removes the file it made.
         */
        default boolean isNew() {
            return false;
        }

        /** {@code opener} as the ledger of a file that does not exist yet ({@link #isNew}). */
        static Ledger newFile(Ledger opener) {
            return new Ledger() {
                @Override
                public LedgerStore get() throws LedgerFileException {
                    return opener.get();
                }

                @Override
                public boolean isNew() {
                    return true;
                }
            };
        }
    }

    /**
     * Like {@link #apply(Path, LedgerStore, ImportOptions)}, asking {@code ledger} for the ledger
     * only once the whole workbook has been read and checked: a refused workbook never opens the
     * ledger (no daily backup, no write of any kind). Into a {@linkplain Ledger#isNew new} ledger,
     * opened at once, the workbook is read once, its reads checking what they read
     * ({@link WorkbookSource#checksWhileRead}); what they did not read is checked before the commit,
     * and a refusal rolls the import back.
     */
    public static ImportPlan apply(Path file, Ledger ledger, ImportOptions options)
            throws ImportRejectedException, LedgerFileException {
        try (WorkbookSource source = WorkbookOpener.open(file, options.password())) {
            if (ledger.isNew() && source.checksWhileRead()) {
                // the shared strings are read while the new ledger opens, and the workbook's own sheet
                // (_ledger, which needs them) after it
                source.readAhead();
                LedgerStore store = ledger.get();
                LedgerMeta meta = WorkbookReader.readMeta(source);
                return apply(file, source, meta, () -> store, options, true);
            }
            LedgerMeta meta = WorkbookReader.readMeta(source);
            source.check();
            return apply(file, source, meta, ledger, options, false);
        }
    }

    /**
     * The import of a workbook opened and read up to its meta data; {@code checkUnread} when only
     * its reads have checked it, so that the rest is checked before the commit.
     */
    private static ImportPlan apply(Path file, WorkbookSource source, LedgerMeta meta, Ledger ledger,
            ImportOptions options, boolean checkUnread) throws ImportRejectedException, LedgerFileException {
        LedgerStore store = Objects.requireNonNull(ledger.get(), "store");
        if (store.writeProtected()) {
            throw new ImportRejectedException(Messages.TEXTS.text("ledger.writeProtected", store.file()));
        }
        if (store.readOnly()) {
            throw new ImportRejectedException(Messages.TEXTS.text("ledger.busy", store.file()));
        }
        ImportPlan plan = new ImportPlan(source.fileName());
        ReturnBase returns = ownLedger(meta, store) ? returnBase(plan, meta, store) : null;
        ExistingLedger existing = existing(meta, store, returns);
        // read once, here on the store's thread: the workbook is read on a thread of its own
        DirectoryLookup directory = store.directory().lookup();
        Path backup;
        BulkWriter[] bulk = new BulkWriter[1];
        String sha = returns == null ? null : digest(file);
        try (ParsePipeline pipeline = ParsePipeline.start(source, meta, options, directory, checkUnread)) {
            if (pipeline.yieldsNothing()) {
                Reconciler reconciler = new Reconciler(plan, existing, meta, null, store, returns, options.take(),
                        directory);
                drain(pipeline, reconciler, source, checkUnread);
                finish(plan, pipeline.reader(), reconciler, options.deleteMissing());
                plan.markApplied(null, options.deleteMissing());
                return plan;
            }
            // a return keeps the before-image of the rows it writes in the ledger instead of a copy of the file
            boolean beforeImage = returns != null && options.beforeImage();
            int keep = Backups.keepOf(store);
            // kept only once the import is written: a refused import neither leaves it nor pushes out an older one
            Backups.Provisional made = beforeImage || store.inspections().isEmpty() || !options.backup() ? null
                    : Backups.forLedger(store.file()).makeProvisional(store, BackupKind.IMPORT);
            backup = made == null ? null : made.backup().file();
            boolean written = false;
            try {
                store.unitOfWork().bulk(ChangeSource.importOf(source.fileName()), writer -> {
                    bulk[0] = writer;
                    if (beforeImage) {
                        writer.keepBeforeImage(source.fileName(), keep);
                    }
                    Reconciler reconciler = new Reconciler(plan, existing, meta, writer, store, returns,
                            options.take(), directory);
                    drain(pipeline, reconciler, source, checkUnread);
                    try {
                        finish(plan, pipeline.reader(), reconciler, options.deleteMissing());
                        reconciler.returned(sha);
                    } catch (ImportRejectedException e) {
                        throw new ParsePipeline.Rejected(e);
                    }
                    return null;
                });
                written = true;
            } finally {
                if (made != null) {
                    if (written) {
                        made.keep();
                    } else {
                        made.discard();
                    }
                }
            }
        } catch (ParsePipeline.Rejected r) {
            throw r.rejection();
        }
        plan.markApplied(backup, options.deleteMissing());
        plan.keptBeforeImage(bulk[0] != null && bulk[0].keptBeforeImage());
        return plan;
    }

    /**
     * Hands every record to {@code reconciler}; with {@code checkUnread}, then checks what the reads
     * did not ({@link WorkbookSource#checkUnread}), its refusal thrown before anything is committed.
     */
    private static void drain(ParsePipeline pipeline, Reconciler reconciler, WorkbookSource source,
            boolean checkUnread) {
        pipeline.drainInto(reconciler);
        if (checkUnread) {
            try {
                source.checkUnread();
            } catch (ImportRejectedException e) {
                throw new ParsePipeline.Rejected(e);
            }
        }
    }

    private static String digest(Path file) throws ImportRejectedException {
        try {
            return io.github.rectification.ledger.exchange.export.FileDigest.sha256(file);
        } catch (java.io.IOException e) {
            throw new ImportRejectedException(Messages.TEXTS.text("file.unreadable", file.getFileName(), e.getMessage()));
        }
    }

    /** True when the workbook is this ledger's own export (its records carry this ledger's ids). */
    private static boolean ownLedger(LedgerMeta meta, LedgerStore store) {
        if (!meta.present() || meta.ledgerUid() == null) {
            return false;
        }
        String own = store.settings().get(LedgerSettings.LEDGER_UID);
        return !own.isEmpty() && meta.ledgerUid().equals(own);
    }

    /**
     * The ledger's records the workbook is matched against: for the return of a department's part
     * only what that part needs (see {@link ExistingLedger#ofPart}), else the whole ledger; null for
     * a workbook that is not this ledger's export.
     */
    private static ExistingLedger existing(LedgerMeta meta, LedgerStore store, ReturnBase returns) {
        if (!ownLedger(meta, store)) {
            return null;
        }
        if (returns != null && returns.partial) {
            java.util.Set<String> part = new java.util.HashSet<>(returns.base.keySet());
            part.addAll(returns.addedRows.values());
            return ExistingLedger.ofPart(store, part);
        }
        return new ExistingLedger(store);
    }

    /**
     * The base of the batch a re-imported export was sent as; without it (an export made before
     * batches were kept, or a batch the ledger no longer has) the workbook is compared two ways, as
     * the warning says.
     */
    private static ReturnBase returnBase(ImportPlan plan, LedgerMeta meta, LedgerStore store) {
        ReturnBase returns = ReturnBase.of(meta.batchUid(), store).orElse(null);
        if (returns != null) {
            plan.batch(returns.batch.uid(), returns.department());
        } else {
            plan.addWarning(new ImportWarning(ImportWarning.Kind.NO_BATCH, null, null, null, (meta.batchUid() == null
                    ? "工作簿没有发出批次" : "台账中已没有这个工作簿的发出批次(" + meta.batchUid() + ")")
                    + ",无法按发出时的内容合并:工作簿中与台账不同的值将覆盖台账(两方比较)"));
        }
        return returns;
    }

    private static void finish(ImportPlan plan, WorkbookReader reader, Reconciler reconciler, boolean delete)
            throws ImportRejectedException {
        plan.addWarnings(reader.warnings());
        reader.notes().forEach(plan::addSheet);
        for (ImportWarning w : reader.warnings()) {
            if (w.kind() == ImportWarning.Kind.UNKNOWN_STATUS) {
                plan.unknownStatus(w.subject());
            }
        }
        if (plan.measures() == 0 && plan.count(ImportPlan.Change.ADDED, ImportPlan.Kind.ACCOUNTABILITY)
                + plan.count(ImportPlan.Change.ADDED, ImportPlan.Kind.INSTITUTION)
                + plan.count(ImportPlan.Change.UPDATED, ImportPlan.Kind.ACCOUNTABILITY)
                + plan.count(ImportPlan.Change.UPDATED, ImportPlan.Kind.INSTITUTION)
                + plan.count(ImportPlan.Change.UNCHANGED, ImportPlan.Kind.ACCOUNTABILITY)
                + plan.count(ImportPlan.Change.UNCHANGED, ImportPlan.Kind.INSTITUTION) == 0) {
            throw plan.readBefore().isEmpty() ? noLedger(plan) : readBefore(plan);
        }
        reconciler.missing(delete);
        for (ImportPlan.Item item : plan.items(ImportPlan.Change.DELETED)) {
            plan.addWarning(new ImportWarning(delete ? ImportWarning.Kind.MISSING_DELETED
                    : ImportWarning.Kind.MISSING_KEPT, item.sheet(), item.row(), null,
                    Messages.TEXTS.text(delete ? "missing.deleted" : "missing.kept", item.label())));
        }
    }

    /**
     * The refusal of a workbook without a ledger, naming why each sheet was skipped: sheets skipped
     * for the same reason are named together, at most {@value #NAMED} of them, so that a workbook of
     * forty sheets still gives one readable line.
     */
    private static ImportRejectedException noLedger(ImportPlan plan) {
        String headerOnlyNote = Messages.TEXTS.text("sheet.headerOnly");
        Map<String, List<String>> byNote = new LinkedHashMap<>();
        for (ImportPlan.SheetNote n : plan.sheets()) {
            byNote.computeIfAbsent(n.note(), k -> new ArrayList<>()).add(n.sheet());
        }
        List<String> reasons = new ArrayList<>();
        byNote.forEach((note, sheets) -> {
            String names = String.join(Messages.TEXTS.text("noLedger.and"),
                    sheets.subList(0, Math.min(NAMED, sheets.size())).stream()
                            .map(s -> Messages.TEXTS.text("noLedger.sheet", s)).toList());
            reasons.add(sheets.size() <= NAMED ? Messages.TEXTS.text("noLedger.reason", names, note)
                    : Messages.TEXTS.text("noLedger.sheetsMore", names, String.valueOf(sheets.size()), note));
        });
        boolean headerOnly = byNote.containsKey(headerOnlyNote);
        String what = Messages.TEXTS.text(headerOnly ? "noLedger.headerOnly" : "noLedger.none");
        String why = reasons.isEmpty() ? "" : Messages.TEXTS.text("noLedger.why",
                String.join(Messages.TEXTS.text("noLedger.separator"), reasons));
        return new ImportRejectedException(ImportRejectedException.Reason.NO_LEDGER,
                plan.fileName() + Messages.TEXTS.text("noLedger.colon") + what + why, null);
    }

    /** The refusal of a workbook whose every round the ledger already holds from importing it before. */
    private static ImportRejectedException readBefore(ImportPlan plan) {
        List<String> rounds = plan.readBefore().values().stream()
                .map(r -> Messages.TEXTS.text("noLedger.sheet", r)).toList();
        String named = String.join(Messages.TEXTS.text("noLedger.and"), rounds.subList(0, Math.min(NAMED, rounds.size())));
        return new ImportRejectedException(ImportRejectedException.Reason.NO_LEDGER,
                Messages.TEXTS.text("readBefore", plan.fileName(), rounds.size() <= NAMED ? named
                        : Messages.TEXTS.text("readBefore.more", named, String.valueOf(rounds.size()))), null);
    }

    /** How many sheets a refusal names for one reason. */
    private static final int NAMED = 3;
}
