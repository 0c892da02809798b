package org.prozesswerk.exchange.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes one PDF from the pages of many small {@link PDDocument}s, each part written out as soon as it is appended:
 * only the byte offsets of the objects (8 bytes each) and one page-tree node per part stay in memory, so a report of
 * 100,000 Steckbriefe needs no more memory than one part. PDFBox itself can only save a whole document it holds.
 *
 * <p>
 * A part's pages are copied with everything they reach (resources, fonts, annotations), except their {@code /Parent},
 * which becomes the part's node under the one page tree root. Objects shared by pages of one part are written once;
 * parts share nothing (each embeds its own font subset). An object can be reserved before it exists
 * ({@link #placeholder}): pages refer to it, and {@link #close} writes it — the number of pages on every page is such
 * an object, known only at the end.
 */
public final class StreamingPdfWriter implements AutoCloseable {

    private static final byte[] NEWLINE = { '\n' };

    private final Counting out;
    /** Byte offset of object {@code n} at index {@code n - 1}; -1 while it is reserved but not written. */
    private long[] offsets = new long[1024];
    private int objects;
    private final int catalog;
    private final int pageTreeRoot;
    private final int info;
    private int[] partNodes = new int[64];
    private int parts;
    private int pageCount;
    private final Map<COSBase, Integer> placeholders = new IdentityHashMap<>();
    private final Map<COSBase, COSBase> placeholderContents = new IdentityHashMap<>();
    private final COSDictionary infoDictionary = new COSDictionary();

    /** Numbers of the objects of the part being written (identity: equal dictionaries may still be two objects). */
    private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
    private final Deque<COSBase> pending = new ArrayDeque<>();

    public StreamingPdfWriter(OutputStream out) throws IOException {
        this.out = new Counting(out);
        write("%PDF-1.7\n");
        // a comment with bytes above 127 marks the file as binary for transfer programs (PDF 32000-1, 7.5.2)
        this.out.write(new byte[] { '%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n' });
        catalog = reserve();
        pageTreeRoot = reserve();
        info = reserve();
    }

    /** The number of pages written so far. */
    public int pageCount() {
        return pageCount;
    }

    /** Sets an entry of the document information dictionary (e.g. {@code /Producer}). */
    public void info(COSName key, String value) {
        infoDictionary.setString(key, value);
    }

    /**
     * Reserves an object that pages may refer to (put the returned dictionary or stream where the reference belongs)
     * and whose content is given later with {@link #fill}.
     */
    public COSStream placeholder() {
        COSStream placeholder = new COSStream();
        placeholders.put(placeholder, reserve());
        return placeholder;
    }

    /** Gives the content a {@link #placeholder} is written with at {@link #close}. */
    public void fill(COSStream placeholder, COSStream content) {
        if (!placeholders.containsKey(placeholder)) {
            throw new IllegalArgumentException("not a placeholder of this writer");
        }
        placeholderContents.put(placeholder, content);
    }

    /** Writes every page of {@code part} with all it reaches; {@code part} may be closed afterwards. */
    public void append(PDDocument part) throws IOException {
        int node = reserve();
        if (parts == partNodes.length) {
            partNodes = Arrays.copyOf(partNodes, parts * 2);
        }
        partNodes[parts++] = node;
        COSDictionary parentMarker = new COSDictionary();
        numbers.clear();
        numbers.putAll(placeholders);
        numbers.put(parentMarker, node);
        StringBuilder kids = new StringBuilder();
        int count = 0;
        for (PDPage page : part.getPages()) {
            COSDictionary dictionary = page.getCOSObject();
            // inherited from the part's page tree, which is not copied
            dictionary.setItem(COSName.RESOURCES, page.getResources());
            dictionary.setItem(COSName.MEDIA_BOX, page.getMediaBox());
            dictionary.setInt(COSName.ROTATE, page.getRotation());
            dictionary.setItem(COSName.PARENT, parentMarker);
            kids.append(count++ == 0 ? "" : " ").append(number(dictionary)).append(" 0 R");
            flushPending();
        }
        pageCount += count;
        offsets[node - 1] = out.count;
        write(node + " 0 obj\n<< /Type /Pages /Parent " + pageTreeRoot + " 0 R /Count " + count + " /Kids [" + kids
                + "] >>\nendobj\n");
        numbers.clear();
    }

    /** Writes the placeholders, the page tree root, the catalogue, the cross-reference table; closes nothing else. */
    @Override
    public void close() throws IOException {
        numbers.clear();
        for (Map.Entry<COSBase, Integer> placeholder : placeholders.entrySet()) {
            COSBase content = placeholderContents.getOrDefault(placeholder.getKey(), placeholder.getKey());
            numbers.put(content, placeholder.getValue());
            pending.add(content);
        }
        flushPending();
        offsets[pageTreeRoot - 1] = out.count;
        StringBuilder root = new StringBuilder();
        root.append(pageTreeRoot).append(" 0 obj\n<< /Type /Pages /Count ").append(pageCount).append(" /Kids [");
        for (int i = 0; i < parts; i++) {
            root.append(i == 0 ? "" : " ").append(partNodes[i]).append(" 0 R");
        }
        write(root.append("] >>\nendobj\n").toString());
        offsets[catalog - 1] = out.count;
        write(catalog + " 0 obj\n<< /Type /Catalog /Pages " + pageTreeRoot + " 0 R >>\nendobj\n");
        offsets[info - 1] = out.count;
        write(info + " 0 obj\n");
        writeDictionary(infoDictionary);
        write("\nendobj\n");
        long xref = out.count;
        StringBuilder table = new StringBuilder();
        table.append("xref\n0 ").append(objects + 1).append("\n0000000000 65535 f \n");
        for (int i = 0; i < objects; i++) {
            if (offsets[i] < 0) {
                throw new IllegalStateException("object " + (i + 1) + " was reserved but never written");
            }
            table.append(String.format("%010d 00000 n \n", offsets[i]));
            if (table.length() > 1 << 16) {
                write(table.toString());
                table.setLength(0);
            }
        }
        table.append("trailer\n<< /Size ").append(objects + 1).append(" /Root ").append(catalog).append(" 0 R /Info ")
                .append(info).append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(table.toString());
        out.flush();
    }

    private int reserve() {
        if (objects == offsets.length) {
            offsets = Arrays.copyOf(offsets, objects * 2);
        }
        offsets[objects++] = -1;
        return objects;
    }

    /** The number of an indirect object of the current part, queued for writing when first seen. */
    private int number(COSBase object) {
        Integer number = numbers.get(object);
        if (number == null) {
            number = reserve();
            numbers.put(object, number);
            pending.add(object);
        }
        return number;
    }

    private void flushPending() throws IOException {
        while (!pending.isEmpty()) {
            COSBase object = pending.poll();
            int number = numbers.get(object);
            offsets[number - 1] = out.count;
            write(number + " 0 obj\n");
            if (object instanceof COSStream stream) {
                writeStream(stream);
            } else if (object instanceof COSDictionary dictionary) {
                writeDictionary(dictionary);
            } else {
                writeDirect(object);
            }
            write("\nendobj\n");
        }
    }

    private void writeStream(COSStream stream) throws IOException {
        byte[] data;
        try (InputStream raw = stream.createRawInputStream()) {
            data = raw.readAllBytes();
        }
        write("<<");
        for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
            if (!COSName.LENGTH.equals(entry.getKey())) {
                entry(entry.getKey(), entry.getValue());
            }
        }
        write(" /Length " + data.length + " >>\nstream\n");
        out.write(data);
        out.write(NEWLINE);
        write("endstream");
    }

    private void writeDictionary(COSDictionary dictionary) throws IOException {
        write("<<");
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
            entry(entry.getKey(), entry.getValue());
        }
        write(" >>");
    }

    private void entry(COSName key, COSBase value) throws IOException {
        write(" ");
        key.writePDF(out);
        write(" ");
        writeDirect(value);
    }

    /** Writes a value where it stands: simple values and arrays inline, dictionaries and streams as references. */
    private void writeDirect(COSBase value) throws IOException {
        COSBase resolved = value instanceof COSObject object ? object.getObject() : value;
        if (resolved == null || resolved instanceof COSNull) {
            write("null");
        } else if (resolved instanceof COSDictionary dictionary) {
            // streams are always indirect; other dictionaries where they were (parsed) or are not marked direct
            if (dictionary instanceof COSStream || value instanceof COSObject || !dictionary.isDirect()) {
                write(number(dictionary) + " 0 R");
            } else {
                writeDictionary(dictionary);
            }
        } else if (resolved instanceof COSArray array) {
            write("[");
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    write(" ");
                }
                writeDirect(array.get(i));
            }
            write("]");
        } else if (resolved instanceof COSString string) {
            COSWriter.writeString(string, out);
        } else if (resolved instanceof COSName name) {
            name.writePDF(out);
        } else if (resolved instanceof COSInteger number) {
            number.writePDF(out);
        } else if (resolved instanceof COSFloat number) {
            number.writePDF(out);
        } else if (resolved instanceof COSBoolean bool) {
            bool.writePDF(out);
        } else {
            throw new IOException("cannot write a PDF object of type " + resolved.getClass().getSimpleName());
        }
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Counts the bytes written: the offsets of the cross-reference table. */
    private static final class Counting extends OutputStream {
        private final OutputStream out;
        long count;

        Counting(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
