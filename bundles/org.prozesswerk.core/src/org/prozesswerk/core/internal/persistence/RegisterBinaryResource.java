package org.prozesswerk.core.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.prozesswerk.core.internal.Messages;

/** The binary resource of {@code .pwregb} files: EMF's compact format, much faster to load than XML. */
public class RegisterBinaryResource extends BinaryResourceImpl {

    /**
     * Load option: the size of the file in bytes (a {@link Long}). Every length and count read from the file is
     * checked against it before anything is allocated, so damaged bytes cannot make the load allocate gigabytes.
     */
    public static final String OPTION_FILE_BYTES = "org.prozesswerk.fileBytes";

    private LatinStringInput input;

    public RegisterBinaryResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        // ResourceImpl applies these when a caller passes no options of its own.
        defaultLoadOptions = RegisterOptions.binaryLoad();
        defaultSaveOptions = RegisterOptions.binarySave();
    }

    /**
     * Binary references are positions, not ids, so the load needs no id map; keeping one would make EMF walk every
     * loaded object on attach. The first lookup by id afterwards fills the fresh map in a single pass.
     */
    @Override
    protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        setIntrinsicIDToEObjectMap(null);
        try {
            super.doLoad(inputStream, options);
        } catch (RuntimeException e) {
            // EMF's reader trusts the file: damaged bytes end in an NPE or an index out of bounds deep inside it.
            throw new CorruptBinaryException(input == null ? 0 : input.offset(),
                    Messages.get("load.binaryInconsistent"), e);
        } finally {
            setIntrinsicIDToEObjectMap(new HashMap<>());
            input = null;
        }
    }

    @Override
    protected EObjectInputStream createEObjectInputStream(InputStream inputStream, Map<?, ?> options)
            throws IOException {
        // The reader below buffers itself; EMF's own buffer would sit unused in between.
        Map<Object, Object> own = options == null ? new HashMap<>() : new HashMap<>(options);
        own.remove(OPTION_INTERNAL_BUFFER_CAPACITY);
        Object fileBytes = own.get(OPTION_FILE_BYTES);
        input = new LatinStringInput(inputStream, own,
                fileBytes instanceof Long size ? size.longValue() : Long.MAX_VALUE);
        return input;
    }

    /**
     * EMF's binary reader with its own input buffer, so that a string can be taken from the buffer in one piece. EMF
     * decodes every string character by character into a char array and copies that into a new string; that was
     * about 45 % of loading a register of 100,000 Steckbriefe (docs/performance.md). The format is EMF's, unchanged:
     * a length, then one byte per character as long as the characters are between 1 and 255; at the first other
     * character a 0 byte and the rest as two-byte characters. A string whose bytes hold no 0 is therefore Latin-1 and
     * becomes a string directly; everything else (other characters, a string across the end of the buffer) takes
     * EMF's way, character by character.
     *
     * <p>Fields have no initialisers on purpose: EMF's constructor already reads the header through
     * {@link #readByte()}, before this class's field initialisers would run and reset the buffer.
     */
    static final class LatinStringInput extends EObjectInputStream {

        private static final int CAPACITY = 1 << 16;

        private byte[] buffer;
        private int position;
        private int limit;
        private char[] characters;
        /** Bytes taken from the stream into the buffer so far. */
        private long filled;
        /** Set after EMF's constructor has read the header (see the class comment): 0 until then, i.e. no check. */
        private long fileBytes;

        LatinStringInput(InputStream inputStream, Map<?, ?> options, long fileBytes) throws IOException {
            super(inputStream, options);
            this.fileBytes = fileBytes;
        }

        /** The offset in the file of the next byte to be read. */
        long offset() {
            return filled - (limit - position);
        }

        private void checkLength(long value, long available) throws CorruptBinaryException {
            if (fileBytes > 0 && (value < -1 || value > available)) {
                throw new CorruptBinaryException(offset(), Messages.get(
                        available == fileBytes ? "load.binaryTooLong" : "load.binaryPastEnd", Long.toString(value),
                        Long.toString(fileBytes)), null);
            }
        }

        @Override
        public byte readByte() throws IOException {
            if (position >= limit) {
                fill();
            }
            return buffer[position++];
        }

        private void fill() throws IOException {
            if (buffer == null) {
                buffer = new byte[CAPACITY];
            }
            if (inputStream.markSupported()) {
                inputStream.mark(CAPACITY); // for flush(), as EMF does
            }
            long before = offset();
            int read = inputStream.read(buffer, 0, CAPACITY);
            if (read <= 0) {
                throw new CorruptBinaryException(before, Messages.get("load.binaryTruncated"), null);
            }
            filled += read;
            position = 0;
            limit = read;
        }

        /** EMF's variable-length int (2 bits of length, then 6, 14, 22 or 30 bits of value plus one). */
        @Override
        public int readCompressedInt() throws IOException {
            int value = readCompressedIntUnchecked();
            // Lengths, counts and object indices: none can exceed the number of bytes in the file.
            checkLength(value, fileBytes);
            return value;
        }

        private int readCompressedIntUnchecked() throws IOException {
            byte first = readByte();
            return switch ((first >> 6) & 0x3) {
                case 0 -> first - 1;
                case 1 -> (first << 8 & 0x3F00 | readByte() & 0xFF) - 1;
                case 2 -> ((first << 16) & 0x3F0000 | (readByte() << 8) & 0xFF00 | readByte() & 0xFF) - 1;
                default -> ((first << 24) & 0x3F000000 | (readByte() << 16) & 0xFF0000 | (readByte() << 8) & 0xFF00
                        | readByte() & 0xFF) - 1;
            };
        }

        @Override
        public String readString() throws IOException {
            return (style & STYLE_DATA_CONVERTER) != 0 ? super.readString() : readPlainString();
        }

        @Override
        public String readSegmentedString() throws IOException {
            return (style & STYLE_DATA_CONVERTER) != 0 ? super.readSegmentedString() : readPlainString();
        }

        /** What EMF's {@code basicReadString} reads, for files without segment tables (ours: no data converter). */
        private String readPlainString() throws IOException {
            int length = readCompressedInt();
            if (length == -1) {
                return null;
            }
            checkLength(length, fileBytes - offset()); // each character takes at least one byte
            if (limit - position >= length) {
                // Copying the bytes and String.indexOf are both vectorised by the JDK; a 0 byte is rare.
                String value = new String(buffer, position, length, StandardCharsets.ISO_8859_1);
                if (value.indexOf(0) < 0) {
                    position += length;
                    return value;
                }
            }
            if (characters == null || characters.length < length) {
                characters = new char[length];
            }
            for (int i = 0; i < length; ++i) {
                byte value = readByte();
                if (value == 0) {
                    do {
                        characters[i] = readChar();
                    } while (++i < length);
                    break;
                }
                characters[i] = (char) (value & 0xFF);
            }
            return new String(characters, 0, length);
        }

        /** Puts back what was read ahead, as EMF's buffered reader does, for callers that go on reading the stream. */
        @Override
        public void flush() throws IOException {
            if (buffer != null && position < limit) {
                if (!inputStream.markSupported()) {
                    throw new IOException("Unable to place " + (limit - position)
                            + " unconsumed bytes back into the input stream");
                }
                inputStream.reset();
                inputStream.readNBytes(position);
            }
        }
    }
}
