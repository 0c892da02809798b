package org.prozesswerk.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows into target/screenshots, so a reviewer can look at what the test saw. */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path take(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        settle(display);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            Path directory = Path.of(System.getProperty("prozesswerk.screenshots", "target/screenshots"));
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }

    /** Runs the UI thread's event loop until layout and paint events are done; call it on the UI thread. */
    public static void settle() {
        Display display = Display.getCurrent();
        if (display == null) {
            throw new IllegalStateException("not on the UI thread");
        }
        settle(display);
    }

    /** Runs the event loop until layout and paint events are done. */
    public static void settle(Display display) {
        long end = System.currentTimeMillis() + 1500;
        while (System.currentTimeMillis() < end) {
            if (!EventLoop.runPendingThenPause(display, 20)) {
                return;
            }
        }
    }
}
