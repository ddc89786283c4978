package io.github.rectification.ledger.exchange.read;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Runs a SAX handler over a part of a workbook with Aalto, a streaming parser about twice as fast
 * as the JDK's on sheet XML. A part with a document type declaration is refused: workbook parts
 * never carry one, so no DTD and no entity of any kind is ever read.
 */
final class SaxParsing {
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";
    private static final SAXParserFactory FACTORY = factory();

    private SaxParsing() {
    }

    private static SAXParserFactory factory() {
        SAXParserFactory f = new SAXParserFactoryImpl();
        f.setNamespaceAware(true);
        f.setValidating(false);
        return f;
    }

    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = FACTORY.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
        reader.setProperty(LEXICAL_HANDLER, new NoDoctype());
        reader.setContentHandler(handler);
        reader.parse(new InputSource(in));
    }

    /** Ends the parse at a document type declaration, before anything in it is read. */
    private static final class NoDoctype extends DefaultHandler2 {
        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new DoctypeForbidden();
        }
    }

    /** A document type declaration found in a part: refused, since none belongs in a workbook. */
    static final class DoctypeForbidden extends SAXException {
        DoctypeForbidden() {
            super(Messages.TEXTS.text("doctype"));
        }
    }

    /**
     * The value of the attribute {@code name} without a namespace, or null. Looked up by position:
     * the parser's lookup by name can answer with a value of the previous element when this one has
     * no attributes at all.
     */
    static String attribute(Attributes atts, String name) {
        for (int i = 0, n = atts.getLength(); i < n; i++) {
            if (name.equals(atts.getLocalName(i))) {
                String uri = atts.getURI(i);
                if (uri == null || uri.isEmpty()) {
                    return atts.getValue(i);
                }
            }
        }
        return null;
    }

    /** Decodes the {@code _xHHHH_} escapes OOXML uses for control characters such as a carriage return. */
    static String decodeEscapes(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '_' && i + 6 < s.length() && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && isHex(s, i + 2, i + 6)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                sb.append(ch);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
