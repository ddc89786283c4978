package io.github.rectification.ledger.exchange.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads the shared strings part into plain strings (rich-text runs joined, phonetic guides left out). */
final class SharedStringsParser extends DefaultHandler {
    private List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(256);
    private boolean inText;
    private int phonetic;

    private long total;

    static String[] parse(InputStream in) throws IOException, SAXException {
        SharedStringsParser p = new SharedStringsParser();
        SaxParsing.parse(in, p);
        return p.strings.toArray(new String[0]);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        switch (localName) {
            case "sst" -> {
                String unique = SaxParsing.attribute(atts, "uniqueCount");
                if (unique != null) {
                    try {
                        strings = new ArrayList<>(Math.min(Integer.parseInt(unique), 2_000_000));
                    } catch (NumberFormatException ignored) {
                        // a bad count only costs the preallocation
                    }
                }
            }
            case "si" -> text.setLength(0);
            case "rPh" -> phonetic++;
            case "t" -> inText = phonetic == 0;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "si" -> add(SaxParsing.decodeEscapes(text.toString()));
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> {
            }
        }
    }

    private void add(String s) throws LimitExceeded {
        if (s.length() > ReadLimits.MAX_CELL_CHARS) {
            throw tooLong();
        }
        total += s.length();
        if (total > ReadLimits.TEXT_BUDGET) {
            throw new LimitExceeded(Messages.TEXTS.text("limit.sharedTotal", String.valueOf(ReadLimits.TEXT_BUDGET)));
        }
        strings.add(s);
    }

    private LimitExceeded tooLong() {
        return new LimitExceeded(Messages.TEXTS.text("limit.sharedItem", String.valueOf(strings.size() + 1),
                String.valueOf(ReadLimits.MAX_CELL_CHARS)));
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inText) {
            if (text.length() + length > 7L * ReadLimits.MAX_CELL_CHARS) {
                throw tooLong();
            }
            text.append(ch, start, length);
        }
    }
}
