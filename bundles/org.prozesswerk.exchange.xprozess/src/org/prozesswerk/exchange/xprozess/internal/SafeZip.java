package org.prozesswerk.exchange.xprozess.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.xprozess.XProzessLimits;

/**
 * Unpacks a ZIP held in memory within {@link XProzessLimits}: entries are counted and the uncompressed bytes are
 * counted while they are inflated, so that a bomb is stopped after at most the limit, not after it filled the heap.
 */
public final class SafeZip {

    /** One file of the ZIP. */
    public record Entry(String name, byte[] content) {
    }

    /** The limit that was hit, with a message for users. */
    public static final class LimitException extends IOException {

        private static final long serialVersionUID = 1L;

        LimitException(String message) {
            super(message);
        }
    }

    private SafeZip() {
    }

    public static List<Entry> unzip(byte[] zip, XProzessLimits limits) throws IOException {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        byte[] buffer = new byte[1 << 14];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entries.size() >= limits.maxEntries()) {
                    throw new LimitException(NLS.bind(Messages.Zip_TooManyEntries, limits.maxEntries()));
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int read;
                while ((read = in.read(buffer)) > 0) {
                    total += read;
                    if (total > limits.maxTotalBytes()) {
                        throw new LimitException(NLS.bind(Messages.Zip_TooLarge, limits.maxTotalBytes()));
                    }
                    if (total > limits.ratioThreshold() && total > limits.maxRatio() * Math.max(1, zip.length)) {
                        throw new LimitException(NLS.bind(Messages.Zip_Ratio,
                                Long.toString(Math.round(limits.maxRatio())), Integer.toString(zip.length)));
                    }
                    if (!entry.isDirectory()) {
                        content.write(buffer, 0, read);
                    }
                }
                if (!entry.isDirectory()) {
                    entries.add(new Entry(entry.getName(), content.toByteArray()));
                }
            }
        } catch (ZipException e) {
            throw new IOException(NLS.bind(Messages.Zip_Malformed, e.getMessage()), e);
        }
        if (entries.isEmpty()) {
            throw new IOException(Messages.Zip_Empty);
        }
        return entries;
    }
}
