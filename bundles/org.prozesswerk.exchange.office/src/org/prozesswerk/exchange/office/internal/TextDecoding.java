package org.prozesswerk.exchange.office.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.ExchangeException;

/**
 * Decodes an imported text file. Decision (docs/exchange.md): UTF-8, with or without BOM; a file in which not one
 * byte sequence is valid multi-byte UTF-8 but which has bytes above 0x7F is plainly a legacy Windows-1252 file (as
 * old Excel versions save CSV) and is read as such, with a warning. A file that is UTF-8 with a damaged spot is an
 * error naming line, column and byte offset: re-reading it all as Windows-1252 would garble every umlaut.
 */
public final class TextDecoding {

    /** The decoded text and whether the legacy encoding was used. */
    public record Decoded(String text, boolean legacy) {
    }

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes, String source) throws ExchangeException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return new Decoded(out.flip().toString(), false);
        }
        int bad = in.position();
        if (start == 0 && !hasMultiByteUtf8(bytes)) {
            return new Decoded(new String(bytes, Charset.forName("windows-1252")), true);
        }
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // column in characters: decode the line's start (valid up to the bad byte)
        int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        throw new ExchangeException(source, line, column, null,
                NLS.bind(Messages.Import_InvalidUtf8, Integer.toString(bad), String.format("0x%02X", bytes[bad] & 0xFF)),
                null);
    }

    /** True when the bytes hold at least one well-formed UTF-8 sequence of two to four bytes. */
    static boolean hasMultiByteUtf8(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int continuation = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
            if (continuation == 0 || i + continuation >= bytes.length) {
                continue;
            }
            boolean valid = true;
            for (int k = 1; k <= continuation; k++) {
                valid &= (bytes[i + k] & 0xC0) == 0x80;
            }
            if (valid) {
                return true;
            }
        }
        return false;
    }
}
