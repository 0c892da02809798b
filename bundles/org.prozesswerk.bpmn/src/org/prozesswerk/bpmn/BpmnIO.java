package org.prozesswerk.bpmn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.bpmn.internal.BpmnResourceImpl;
import org.prozesswerk.bpmn.internal.Messages;
import org.prozesswerk.bpmn.internal.RootElementName;
import org.prozesswerk.bpmn.model.BpmnPackage;
import org.prozesswerk.bpmn.model.DocumentRoot;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes BPMN 2.0 XML files (OMG BPMN 2.0.2 schema, namespaces {@value BpmnPackage#eNS_URI} and the DI/DC
 * namespaces).
 *
 * <p>Guarantees (see docs/bpmn.md): ids, every attribute and element of the schema, DI bounds and waypoints, the
 * namespace prefixes of the original file and everything foreign to the schema (extensionElements, vendor attributes
 * and elements such as camunda:, signavio:, adonis:, and our own prozesswerk:) are kept from load to save. Not kept:
 * formatting, attribute order, comments outside mixed content, the XML declaration's encoding (we write UTF-8).
 *
 * <p>Thread-safe: every call works on its own resource.
 */
public final class BpmnIO {

    private BpmnIO() {
    }

    /** Reads a BPMN file. */
    public static BpmnModel load(Path file) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new BpmnParseException(file.toString(), 0, 0, NLS.bind(Messages.Load_NoSuchFile, file), e);
        }
        try (in) {
            return load(in, file.toString(), URI.createFileURI(file.toAbsolutePath().toString()));
        } catch (BpmnParseException e) {
            throw e.line() == 0 && e.getCause() instanceof java.io.CharConversionException ? withLine(file, e) : e;
        }
    }

    /**
     * The XML parser reports bytes that are not UTF-8 without a position; the first such byte is found in the file,
     * so that the message names its line (files declaring another encoding keep the parser's message).
     */
    private static BpmnParseException withLine(Path file, BpmnParseException e) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        java.nio.charset.CoderResult result = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .decode(buffer, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        if (!result.isError()) {
            return e;
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < buffer.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        String what = e.getCause().getMessage() == null ? e.getCause().getClass().getSimpleName()
                : e.getCause().getMessage();
        return new BpmnParseException(file.toString(), line, column,
                NLS.bind(Messages.Load_ErrorAt, new Object[] { file, line, column, what }), e.getCause());
    }

    /**
     * Reads BPMN from a stream (not closed here).
     *
     * @param name the name to use in error messages, usually the file name
     */
    public static BpmnModel load(InputStream in, String name) throws IOException {
        return load(in, name, URI.createURI("stream:/" + URI.encodeSegment(name == null ? "model.bpmn" : name, false)));
    }

    private static BpmnModel load(InputStream in, String name, URI uri) throws IOException {
        BpmnResourceImpl resource = new BpmnResourceImpl(uri);
        try {
            resource.load(in, null);
        } catch (IOException | RuntimeException e) {
            throw translate(name, e);
        }
        List<EObject> contents = resource.getContents();
        EObject root = contents.isEmpty() ? null : contents.get(0);
        if (!(root instanceof DocumentRoot documentRoot) || documentRoot.getDefinitions() == null) {
            throw new BpmnParseException(name, 1, 0,
                    NLS.bind(Messages.Load_NotBpmn, name, RootElementName.of(resource, root)), null);
        }
        return new BpmnModel(name, resource);
    }

    /** Writes the model to a file: into a temporary file next to it first, so a failed save leaves the old file. */
    public static void save(BpmnModel model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        org.prozesswerk.io.AtomicFileWriter.write(file, out -> save(model, out));
    }

    /** Writes the model as UTF-8 XML to the stream (not closed here). */
    public static void save(BpmnModel model, OutputStream out) throws IOException {
        model.resource().save(out, null);
    }

    /** The model as XML text. */
    public static String toXml(BpmnModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        save(model, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static BpmnParseException translate(String name, Exception e) {
        Throwable cause = e instanceof Resource.IOWrappedException && e.getCause() != null ? e.getCause() : e;
        int line = 0;
        int column = 0;
        if (cause instanceof SAXParseException sax) {
            line = sax.getLineNumber();
            column = sax.getColumnNumber();
        } else if (cause instanceof XMIException xmi) {
            line = xmi.getLine();
            column = xmi.getColumn();
        }
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        // EMF appends "(uri, line, column)" to its own messages; we say it in our words.
        what = what.replaceAll("\\s*\\([^()]*, \\d+, \\d+\\)$", "");
        String message = line > 0
                ? NLS.bind(Messages.Load_ErrorAt, new Object[] { name, line, column, what })
                : NLS.bind(Messages.Load_Error, name, what);
        return new BpmnParseException(name, Math.max(line, 0), Math.max(column, 0), message, cause);
    }
}
