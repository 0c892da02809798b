package org.prozesswerk.core.internal.persistence;

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
