package org.prozesswerk.diagram.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** SVG and PNG export of the rendered diagram: the page renders, this writes the file. */
public final class DiagramExport {

    private final Browser browser;
    private final PageBridge bridge;
    private final String diagramType;
    private Consumer<Exception> pendingPng;
    private Path pendingTarget;

    public DiagramExport(Browser browser, PageBridge bridge, String diagramType) {
        this.browser = browser;
        this.bridge = bridge;
        this.diagramType = diagramType;
    }

    /** The rendered diagram as SVG text. */
    public String svg() {
        Object svg = browser.evaluate("return window.pw ? pw.svg() : ''");
        return svg == null ? "" : svg.toString();
    }

    /** Renders the diagram to PNG in the page and writes it to {@code target}; callback in the UI thread. */
    public void png(Path target, double scale, Consumer<Exception> done) {
        pendingTarget = target;
        pendingPng = done;
        bridge.execute("window.pw && pw.png(" + scale + ")");
    }

    /** The page's answer to {@code pw.png}: kind "png" and a data URL, or an error kind and its message. */
    public void exported(String kind, String data) {
        Consumer<Exception> done = pendingPng;
        Path target = pendingTarget;
        pendingPng = null;
        pendingTarget = null;
        if (done == null) {
            return;
        }
        try {
            if (!"png".equals(kind)) {
                throw new IOException(data);
            }
            Files.write(target, Base64.getDecoder().decode(data.substring(data.indexOf(',') + 1)));
            done.accept(null);
        } catch (IOException | RuntimeException e) {
            done.accept(e);
        }
    }

    public void svgInteractive(Shell shell) {
        Path target = askTarget(shell, "svg");
        if (target != null) {
            try {
                Files.writeString(target, svg(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                MessageDialog.openError(shell, Messages.Export_Failed, e.getMessage());
            }
        }
    }

    public void pngInteractive(Shell shell) {
        Path target = askTarget(shell, "png");
        if (target != null) {
            png(target, 2, error -> {
                if (error != null) {
                    MessageDialog.openError(shell, Messages.Export_Failed, error.getMessage());
                }
            });
        }
    }

    private Path askTarget(Shell shell, String extension) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + extension });
        dialog.setOverwrite(true);
        dialog.setFileName(diagramType + "." + extension);
        String file = dialog.open();
        return file == null ? null : Path.of(file);
    }
}
