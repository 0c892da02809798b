package org.prozesswerk.exchange.xprozess.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.core.persistence.ControlCharacters;
import org.prozesswerk.exchange.ExchangeException;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML into a DOM whose elements know the line and column they start at ({@link #line(Node)}), so that import
 * errors can point into the file. The parser refuses any DOCTYPE (no DTDs, hence no external or recursive entities:
 * XXE and billion laughs are impossible), resolves nothing from outside and runs with secure processing on.
 */
public final class PositionalDom {

    private static final String LINE = "pw.line";
    private static final String COLUMN = "pw.column";

    private PositionalDom() {
    }

    /**
     * One configured parser per thread, reset to the factory's settings before each use ({@link SAXParser#reset}):
     * looking up the factory (a service look-up along the class path) and building a parser cost more than parsing a
     * small message (measured with the XProzess fuzz test, docs/reliability.md, "Fuzzing throughput").
     */
    private static final ThreadLocal<SAXParser> PARSER = new ThreadLocal<>();
    /** Creating a DOM document needs a builder; one per thread, as for the parser. */
    private static final ThreadLocal<DocumentBuilder> DOCUMENTS = new ThreadLocal<>();

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParser parser = PARSER.get();
        if (parser != null) {
            parser.reset();
            return parser;
        }
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        parser = factory.newSAXParser();
        PARSER.set(parser);
        return parser;
    }

    private static Document newDocument() throws ParserConfigurationException {
        DocumentBuilder builder = DOCUMENTS.get();
        if (builder == null) {
            builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            DOCUMENTS.set(builder);
        }
        return builder.newDocument();
    }

    public static Document parse(InputStream in, String source) throws IOException, ExchangeException {
        SAXParser parser = null;
        try {
            parser = parser();
            Document document = newDocument();
            Builder builder = new Builder(document);
            InputSource input = new InputSource(in);
            input.setSystemId(source);
            parser.parse(input, builder);
            return document;
        } catch (SAXParseException e) {
            String message = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? Messages.Xml_Doctype : NLS.bind(Messages.Xml_Malformed, e.getMessage());
            throw new ExchangeException(source, e.getLineNumber(), e.getColumnNumber(), null, message, e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new ExchangeException(source, NLS.bind(Messages.Xml_Malformed, e.getMessage()), e);
        } catch (java.io.CharConversionException | java.io.UnsupportedEncodingException e) {
            // the parser's own IOExceptions for bytes it cannot decode carry no file name
            throw new ExchangeException(source, NLS.bind(Messages.Xml_Encoding, e.getMessage()), e);
        } catch (DOMException | IllegalStateException e) {
            // a name the DOM does not accept although the parser did, or the entity guard below
            throw new ExchangeException(source, NLS.bind(Messages.Xml_Malformed, e.getMessage()), e);
        } finally {
            if (parser != null) {
                // the kept parser must not keep the last document (through its handler) alive
                parser.reset();
            }
        }
    }

    /** The 1-based line an element starts at, or -1. */
    public static int line(Node node) {
        Object line = node == null ? null : node.getUserData(LINE);
        return line instanceof Integer value ? value : -1;
    }

    /** The 1-based column after the element's start tag, or -1. */
    public static int column(Node node) {
        Object column = node == null ? null : node.getUserData(COLUMN);
        return column instanceof Integer value ? value : -1;
    }

    /** Elements nested deeper than this are refused. */
    static final int MAX_DEPTH = 256;

    private static final class Builder extends DefaultHandler {

        private final Document document;
        private final Deque<Node> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;

        Builder(Document document) {
            this.document = document;
            open.push(document);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (open.size() > MAX_DEPTH) {
                // XProzess messages are about a dozen levels deep; deeper input is an attack on the recursive code
                // that walks the tree (the leftover scan, the structure copy), not data.
                throw new SAXParseException(NLS.bind(Messages.Xml_TooDeep, MAX_DEPTH), locator);
            }
            flushText();
            Element element = document.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                refuseControlCharacters(attributes.getValue(i));
                String attributeUri = attributes.getURI(i);
                element.setAttributeNS(attributeUri == null || attributeUri.isEmpty() ? null : attributeUri,
                        attributes.getQName(i), attributes.getValue(i));
            }
            if (locator != null) {
                element.setUserData(LINE, locator.getLineNumber(), null);
                element.setUserData(COLUMN, locator.getColumnNumber(), null);
            }
            open.peek().appendChild(element);
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            refuseControlCharacters(java.nio.CharBuffer.wrap(ch, start, length));
            text.append(ch, start, length);
        }

        /**
         * XML 1.1 lets a message carry control characters as character references ({@code &#x1B;}); every input of
         * Prozesswerk refuses them (docs/reliability.md, "Control characters"), with line and column.
         */
        private void refuseControlCharacters(CharSequence value) throws SAXException {
            int at = ControlCharacters.indexOf(value);
            if (at >= 0) {
                throw new SAXParseException(NLS.bind(Messages.Xml_ControlCharacter,
                        ControlCharacters.code(value.charAt(at))), locator);
            }
        }

        private void flushText() {
            if (!text.isEmpty() && open.peek() instanceof Element element) {
                element.appendChild(document.createTextNode(text.toString()));
            }
            text.setLength(0);
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            // Never reached with DOCTYPEs refused; a second line of defence.
            throw new IllegalStateException("external entity refused: " + systemId);
        }
    }
}
