package io.github.rectification.ledger.exchange.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * An .xlsx workbook read as a stream: the sheet parts are parsed with a lean SAX handler, never
 * loaded as a whole. POI's zip safeguards (inflate ratio, entry size) stay on.
 */
final class XlsxSource implements WorkbookSource {
    private final String fileName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private final Map<String, String> relationIds = new HashMap<>();
    private final boolean date1904;
    /**
     * The shared strings and date styles, read once for every thread that reads this workbook (the
     * reading thread of an import, and the thread that checks or previews it): the first thread that
     * needs them reads them, the others wait for it.
     */
    private FutureTask<Shared> shared;
    /**
     * The sheets read to their end, by their place in the workbook (two entries may name the same
     * sheet), each with the text its reading took from the budget.
     */
    private final Map<Integer, Long> readInFull = new HashMap<>();

    /** What every sheet's cells are read with. */
    private record Shared(String[] strings, boolean[] dateStyles) {
    }

    XlsxSource(String fileName, OPCPackage pkg) throws ImportRejectedException {
        this.fileName = fileName;
        this.pkg = pkg;
        try {
            this.reader = new XSSFReader(pkg);
            WorkbookPartParser wb;
            try (InputStream in = reader.getWorkbookData()) {
                wb = WorkbookPartParser.parse(in);
            }
            date1904 = wb.date1904();
            int index = 0;
            for (WorkbookPartParser.Entry e : wb.entries()) {
                if (e.name() == null || e.relationId() == null) {
                    continue;
                }
                sheets.add(new SheetInfo(e.name(), index++, e.visibility()));
                relationIds.put(e.name(), e.relationId());
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw Problems.unreadable(fileName, null, e);
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public void read(SheetInfo sheet, RowHandler handler) throws ImportRejectedException {
        read(sheet, handler, TextBudget.full(), false);
    }

    @Override
    public void readToEnd(SheetInfo sheet, RowHandler handler) throws ImportRejectedException {
        read(sheet, handler, TextBudget.full(), true);
    }

    /**
     * Checks every sheet against the {@link ReadLimits}. When the shared strings have not been read
     * yet, they are read on a thread of their own while the sheets are checked, each use of a shared
     * string counted and charged to the budget at the end; a check that does not pass so (or counts
     * an index too large) is made again the ordinary way, which names the first cell at fault.
     */
    @Override
    public void check() throws ImportRejectedException {
        if (checkBesideSharedStrings()) {
            return;
        }
        TextBudget budget = TextBudget.full();
        for (SheetInfo s : sheets) {
            read(s, null, budget, false);
        }
    }

    @Override
    public boolean checksWhileRead() {
        return true;
    }

    @Override
    public void readAhead() {
        FutureTask<Shared> task;
        synchronized (this) {
            task = sharedTask();
        }
        Thread thread = new Thread(task, "ledger-import-strings");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Checks the sheets no read has read to its end, with what is left of the budget once the
     * sheets that were read have been charged; the whole check again when they took it all, so that
     * the refusal names the cell where it ran out.
     */
    @Override
    public void checkUnread() throws ImportRejectedException {
        Map<Integer, Long> read;
        synchronized (this) {
            read = new HashMap<>(readInFull);
        }
        long taken = read.values().stream().mapToLong(Long::longValue).sum();
        if (taken > ReadLimits.TEXT_BUDGET) {
            check();
            return;
        }
        TextBudget budget = new TextBudget(ReadLimits.TEXT_BUDGET - taken);
        for (SheetInfo s : sheets) {
            if (!read.containsKey(s.index())) {
                read(s, null, budget, false);
            }
        }
    }

    /** The check with the shared strings read meanwhile; false when the ordinary check must decide. */
    private boolean checkBesideSharedStrings() throws ImportRejectedException {
        FutureTask<Shared> strings;
        synchronized (this) {
            try {
                if (shared != null || part(XSSFRelation.SHARED_STRINGS.getRelation()) == null) {
                    return false;
                }
            } catch (RuntimeException e) {
                // a relationship to a part that is not there: the ordinary check refuses the workbook, naming why
                return false;
            }
            strings = sharedTask();
        }
        Thread thread = new Thread(strings, "ledger-import-strings");
        thread.setDaemon(true);
        thread.start();
        SharedUses uses = new SharedUses();
        TextBudget budget = TextBudget.full();
        boolean passed = true;
        try {
            for (SheetInfo s : sheets) {
                try (InputStream in = sheetData(s)) {
                    SaxParsing.parse(in, new SheetXmlHandler(uses, budget));
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            passed = false;
        }
        Shared read;
        try {
            read = uninterruptibly(strings);
        } catch (ExecutionException e) {
            return false;
        }
        return passed && !uses.incomplete() && budget.spend(uses.chars(read.strings()));
    }

    /** Reads a sheet, noting it as {@linkplain #readInFull read in full} when it was read to its end. */
    private void read(SheetInfo sheet, RowHandler handler, TextBudget budget, boolean toEnd)
            throws ImportRejectedException {
        Shared cells = shared();
        long before = budget.spent();
        try (InputStream in = sheetData(sheet)) {
            SaxParsing.parse(in, new SheetXmlHandler(cells.strings(), cells.dateStyles(), date1904, handler, budget,
                    toEnd));
            synchronized (this) {
                readInFull.merge(sheet.index(), budget.spent() - before, Math::max);
            }
        } catch (SheetXmlHandler.Stop stop) {
            // the handler had what it needed
        } catch (SheetXmlHandler.HandlerFailed f) {
            throw f.failure();
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw Problems.unreadable(fileName, sheet.name(), e);
        }
    }

    /** Opens a sheet's part; the package is asked by one thread at a time. */
    private InputStream sheetData(SheetInfo sheet) throws IOException, OpenXML4JException {
        synchronized (this) {
            return reader.getSheet(relationIds.get(sheet.name()));
        }
    }

    /** The shared strings and date styles, read by this thread unless another reads or has read them. */
    private Shared shared() throws ImportRejectedException {
        FutureTask<Shared> task;
        synchronized (this) {
            task = sharedTask();
        }
        task.run();
        try {
            return uninterruptibly(task);
        } catch (ExecutionException e) {
            synchronized (this) {
                // a later read tries again and says the same
                if (shared == task) {
                    shared = null;
                }
            }
            Throwable cause = e.getCause();
            throw cause instanceof ImportRejectedException r ? r : Problems.unreadable(fileName, null, cause);
        }
    }

    /**
     * Waits for the shared strings even when interrupted (their read ends by itself), then sets the
     * interrupt again for the caller's own check of a cancel.
     */
    private static Shared uninterruptibly(FutureTask<Shared> task) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The one task that reads the shared strings and styles; the caller holds this source's lock. */
    private FutureTask<Shared> sharedTask() {
        if (shared == null) {
            // the parts' streams are opened here, under the lock: the package is never asked from two threads at once
            InputStream strings = null;
            InputStream styles;
            try {
                PackagePart sst = part(XSSFRelation.SHARED_STRINGS.getRelation());
                PackagePart st = part(XSSFRelation.STYLES.getRelation());
                strings = sst == null ? null : sst.getInputStream();
                styles = st == null ? null : st.getInputStream();
            } catch (IOException | RuntimeException e) {
                closeQuietly(strings);
                FutureTask<Shared> failed = new FutureTask<>(() -> {
                    throw e;
                });
                shared = failed;
                return failed;
            }
            InputStream sst = strings;
            shared = new FutureTask<>(() -> {
                try (InputStream s = sst; InputStream st = styles) {
                    return new Shared(strings(s), dateStyles(st));
                }
            });
        }
        return shared;
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the part was only opened; the package's close releases it in any case
            }
        }
    }

    private static String[] strings(InputStream part) throws IOException, SAXException, ImportRejectedException {
        return part == null ? new String[0] : SharedStringsParser.parse(part);
    }

    /** Which cell styles are dates. */
    private static boolean[] dateStyles(InputStream part) throws IOException, SAXException {
        return part == null ? new boolean[0] : DateStylesParser.parse(part);
    }

    private PackagePart part(String relationType) {
        try {
            PackagePart workbook = workbookPart();
            var rels = workbook.getRelationshipsByType(relationType);
            if (rels.isEmpty()) {
                return null;
            }
            return workbook.getRelatedPart(rels.getRelationship(0));
        } catch (OpenXML4JException e) {
            return null;
        }
    }

    private PackagePart workbookPart() throws OpenXML4JException {
        var rels = pkg.getRelationshipsByType(
                org.apache.poi.openxml4j.opc.PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            rels = pkg.getRelationshipsByType(
                    org.apache.poi.openxml4j.opc.PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        return pkg.getPart(rels.getRelationship(0));
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
