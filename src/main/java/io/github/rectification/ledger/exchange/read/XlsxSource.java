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
    private String[] sharedStrings;
    private boolean[] dateStyles;

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
        read(sheet, handler, TextBudget.full());
    }

    /**
     * Checks every sheet against the {@link ReadLimits}. When the shared strings have not been read
     * yet, they are read on a thread of their own while the sheets are checked, each use of a shared
     * string counted and charged to the budget at the end; a check that does not pass so (or counts
     * an index too large) is made again the ordinary way, which names the first cell at fault.
     */
    @Override
    public void check() throws ImportRejectedException {
        if (sharedStrings == null && checkBesideSharedStrings()) {
            return;
        }
        TextBudget budget = TextBudget.full();
        for (SheetInfo s : sheets) {
            read(s, null, budget);
        }
    }

    /** The check with the shared strings read meanwhile; false when the ordinary check must decide. */
    private boolean checkBesideSharedStrings() throws ImportRejectedException {
        PackagePart sst = part(XSSFRelation.SHARED_STRINGS.getRelation());
        if (sst == null) {
            return false;
        }
        InputStream sstIn;
        try {
            // opened here: the package's zip is only read at given offsets once a part's stream is open
            sstIn = sst.getInputStream();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        FutureTask<String[]> strings = new FutureTask<>(() -> {
            try (InputStream in = sstIn) {
                return SharedStringsParser.parse(in);
            }
        });
        Thread thread = new Thread(strings, "ledger-import-strings");
        thread.setDaemon(true);
        thread.start();
        SharedUses uses = new SharedUses();
        TextBudget budget = TextBudget.full();
        boolean passed = true;
        try {
            for (SheetInfo s : sheets) {
                try (InputStream in = reader.getSheet(relationIds.get(s.name()))) {
                    SaxParsing.parse(in, new SheetXmlHandler(uses, budget));
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            passed = false;
        }
        String[] read;
        try {
            read = strings.get();
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            strings.cancel(true);
            return false;
        }
        loadStyles();
        sharedStrings = read;
        return passed && !uses.incomplete() && budget.spend(uses.chars(read));
    }

    private void read(SheetInfo sheet, RowHandler handler, TextBudget budget) throws ImportRejectedException {
        loadShared();
        try (InputStream in = reader.getSheet(relationIds.get(sheet.name()))) {
            SaxParsing.parse(in, new SheetXmlHandler(sharedStrings, dateStyles, date1904, handler, budget));
        } catch (SheetXmlHandler.Stop stop) {
            // the handler had what it needed
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            throw Problems.unreadable(fileName, sheet.name(), e);
        }
    }

    private void loadShared() throws ImportRejectedException {
        if (sharedStrings != null) {
            return;
        }
        try {
            sharedStrings = new String[0];
            PackagePart sst = part(XSSFRelation.SHARED_STRINGS.getRelation());
            if (sst != null) {
                try (InputStream in = sst.getInputStream()) {
                    sharedStrings = SharedStringsParser.parse(in);
                }
            }
            loadStyles();
        } catch (IOException | SAXException | RuntimeException | ImportRejectedException e) {
            sharedStrings = null;
            throw e instanceof ImportRejectedException r ? r : Problems.unreadable(fileName, null, e);
        }
    }

    /** Which cell styles are dates. */
    private void loadStyles() throws ImportRejectedException {
        try {
            dateStyles = new boolean[0];
            PackagePart styles = part(XSSFRelation.STYLES.getRelation());
            if (styles != null) {
                try (InputStream in = styles.getInputStream()) {
                    dateStyles = DateStylesParser.parse(in);
                }
            }
        } catch (IOException | SAXException | RuntimeException e) {
            throw Problems.unreadable(fileName, null, e);
        }
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
