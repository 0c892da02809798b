package org.prozesswerk.bpmn.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Files of the BPMN editor: the model file behind an input, reading it as the page needs it, the page itself. */
final class BpmnModelFiles {

    private static final Pattern XML_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']");

    private BpmnModelFiles() {
    }

    /** The local file of a workspace or file-URI input. */
    static Path fileOf(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput) {
            IPath location = fileInput.getFile().getLocation();
            if (location != null) {
                return location.toPath();
            }
        } else if (input instanceof IURIEditorInput uriInput) {
            URI uri = uriInput.getURI();
            if (uri != null && "file".equals(uri.getScheme())) {
                return Path.of(uri);
            }
        }
        throw new PartInitException(NLS.bind(Messages.Editor_UnsupportedInput, input.getName()));
    }

    /** Reads the file in the encoding its XML declaration names (UTF-8 when none, as XML prescribes). */
    static String readModel(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        int start = head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0; // UTF-8 byte order mark
        Matcher matcher = XML_ENCODING.matcher(head.substring(start));
        Charset charset = StandardCharsets.UTF_8;
        if (matcher.find()) {
            try {
                charset = Charset.forName(matcher.group(1));
            } catch (IllegalArgumentException e) {
                // unknown encoding name: UTF-8 is the best guess
            }
        }
        String text = new String(bytes, start, bytes.length - start, charset);
        // bpmn-js receives characters, not bytes: a declaration naming another encoding would only earn a warning.
        Matcher declaration = XML_ENCODING.matcher(text);
        if (declaration.find() && !"UTF-8".equalsIgnoreCase(declaration.group(1))) {
            text = text.substring(0, declaration.start(1)) + "UTF-8" + text.substring(declaration.end(1));
        }
        return text;
    }

    static long modified(Path path) throws IOException {
        return Files.getLastModifiedTime(path).toMillis();
    }

    /** The page as a file: URI with the workbench language; the whole web/ folder is extracted from a jar. */
    static String pageUrl() throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(BpmnEditor.class);
        URL web = bundle.getEntry("web/");
        URL html = bundle.getEntry("web/editor.html");
        URL script = bundle.getEntry("web/dist/editor.js");
        if (web == null || html == null || script == null) {
            throw new IOException("web/editor.html, web/dist/editor.js in " + bundle.getSymbolicName());
        }
        try {
            // URIUtil escapes what FileLocator leaves raw (spaces in an installation path).
            return URIUtil.toURI(FileLocator.toFileURL(web)).resolve("editor.html") + "?lang=" + language();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static String language() {
        String nl = Platform.getNL();
        return nl != null && nl.toLowerCase(Locale.ROOT).startsWith("de") ? "de" : "en";
    }
}
