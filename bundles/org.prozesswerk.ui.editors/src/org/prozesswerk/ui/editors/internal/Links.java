package org.prozesswerk.ui.editors.internal;

import java.net.URI;
import java.net.URISyntaxException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Opens web links in the external browser. */
public final class Links {

    private Links() {
    }

    /** An error message if {@code url} is not an absolute http(s) or file address, else {@code null}. */
    public static String check(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")
                    || scheme.equalsIgnoreCase("file") || scheme.equalsIgnoreCase("mailto"))) {
                return NLS.bind(Messages.Link_Invalid, url);
            }
            return null;
        } catch (URISyntaxException e) {
            return NLS.bind(Messages.Link_Invalid, url);
        }
    }

    public static void open(Shell shell, String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(new URI(url.strip()).toURL());
            return;
        } catch (PartInitException | URISyntaxException | java.net.MalformedURLException
                | IllegalArgumentException e) {
            // fall back to the desktop's handler
        }
        if (!Program.launch(url.strip())) {
            MessageDialog.openError(shell, Messages.Link_Failed_Title, NLS.bind(Messages.Link_Failed, url));
        }
    }
}
