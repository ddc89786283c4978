package io.github.rectification.ledger.exchange.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads the workbook part: the sheets in tab order with their relationship ids and states, and the date system. */
final class WorkbookPartParser extends DefaultHandler {
    /** A sheet entry of the workbook part. */
    record Entry(String name, String relationId, SheetInfo.Visibility visibility) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private boolean date1904;

    static WorkbookPartParser parse(InputStream in) throws IOException, SAXException {
        WorkbookPartParser p = new WorkbookPartParser();
        SaxParsing.parse(in, p);
        return p;
    }

    List<Entry> entries() {
        return entries;
    }

    boolean date1904() {
        return date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if ("workbookPr".equals(localName)) {
            String v = SaxParsing.attribute(atts, "date1904");
            date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
        } else if ("sheet".equals(localName)) {
            String relId = null;
            for (int i = 0; i < atts.getLength(); i++) {
                if ("id".equals(atts.getLocalName(i)) && !atts.getURI(i).isEmpty()) {
                    relId = atts.getValue(i);
                }
            }
            String state = SaxParsing.attribute(atts, "state");
            SheetInfo.Visibility vis = "veryHidden".equals(state) ? SheetInfo.Visibility.VERY_HIDDEN
                    : "hidden".equals(state) ? SheetInfo.Visibility.HIDDEN : SheetInfo.Visibility.VISIBLE;
            entries.add(new Entry(SaxParsing.attribute(atts, "name"), relId, vis));
        }
    }
}
