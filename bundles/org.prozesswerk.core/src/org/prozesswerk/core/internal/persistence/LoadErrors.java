package org.prozesswerk.core.internal.persistence;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.prozesswerk.core.internal.Messages;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.xml.sax.SAXParseException;

/** Turns what EMF and SAX report about a broken file into a {@link RegisterLoadException} with a position. */
public final class LoadErrors {

    // EMF appends "(location, line, column)" to XMIException messages; we put the position in front instead.
    private static final Pattern EMF_POSITION = Pattern.compile("\\s*\\([^()]*,\\s*-?\\d+,\\s*-?\\d+\\)\\s*$");

    private LoadErrors() {
    }

    /** The first of the resource's load errors, counting the others. */
    public static RegisterLoadException fromDiagnostics(Path file, List<Resource.Diagnostic> errors) {
        Resource.Diagnostic first = errors.get(0);
        String message = clean(first.getMessage());
        if (errors.size() > 1) {
            message = Messages.get("load.moreErrors", message, String.valueOf(errors.size() - 1));
        }
        return new RegisterLoadException(file, position(first.getLine()), position(first.getColumn()), message,
                first instanceof Throwable t ? t : null);
    }

    /** An exception thrown while loading, with the position of the innermost cause that has one. */
    public static RegisterLoadException fromThrowable(Path file, Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof CorruptBinaryException corrupt) {
                return new RegisterLoadException(file, -1, -1, Messages.get("load.binaryCorrupt",
                        Long.toString(corrupt.offset()), corrupt.getMessage()), thrown);
            }
            if (cause instanceof CharConversionException) {
                // The JDK's parser reports a malformed UTF-8 byte without a position: find it in the file.
                RegisterLoadException located = invalidUtf8(file, thrown);
                if (located != null) {
                    return located;
                }
            }
            if (cause instanceof SAXParseException parse) {
                return new RegisterLoadException(file, position(parse.getLineNumber()),
                        position(parse.getColumnNumber()), clean(parse.getMessage()), thrown);
            }
            if (cause instanceof Resource.Diagnostic diagnostic) {
                return new RegisterLoadException(file, position(diagnostic.getLine()),
                        position(diagnostic.getColumn()), clean(diagnostic.getMessage()), thrown);
            }
            if (cause instanceof NoSuchFileException) {
                return missing(file, thrown);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return new RegisterLoadException(file, -1, -1, Messages.get("load.io", innermostMessage(thrown)), thrown);
    }

    /** The first malformed UTF-8 sequence of {@code file} with line, column and byte offset; null if none found. */
    private static RegisterLoadException invalidUtf8(Path file, Throwable thrown) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int line = 1;
            int column = 1;
            long offset = 0;
            int b;
            while ((b = in.read()) >= 0) {
                int continuation = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
                        : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                for (int k = 0; k < continuation; k++) {
                    int c = in.read();
                    if (c < 0 || (c & 0xC0) != 0x80) {
                        continuation = -1;
                        break;
                    }
                }
                if (continuation < 0) {
                    return new RegisterLoadException(file, line, column, Messages.get("load.invalidUtf8",
                            String.format("0x%02X", b), Long.toString(offset)), thrown);
                }
                offset += 1 + continuation;
                if (b == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        } catch (IOException e) {
            // fall back to the parser's message
        }
        return null;
    }

    /** The file does not exist. */
    public static RegisterLoadException missing(Path file, Throwable cause) {
        return new RegisterLoadException(file, -1, -1, Messages.get("load.fileMissing"), cause);
    }

    private static String innermostMessage(Throwable thrown) {
        String message = null;
        for (Throwable cause = thrown; cause != null && message == null; cause = cause.getCause()) {
            message = cause.getMessage();
        }
        return message == null ? thrown.getClass().getSimpleName() : message;
    }

    private static int position(int value) {
        return value > 0 ? value : -1;
    }

    private static String clean(String message) {
        return message == null ? "" : EMF_POSITION.matcher(message).replaceFirst("");
    }
}
