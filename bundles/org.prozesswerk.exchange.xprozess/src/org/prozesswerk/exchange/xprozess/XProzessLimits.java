package org.prozesswerk.exchange.xprozess;

/**
 * Bounds on what an XProzess import unpacks from the base64 ZIPs in {@code inhalt} elements, so that a crafted
 * message (a zip bomb) cannot fill the disk or the heap. The defaults are generous for real messages: the reference
 * ADONIS export has one entry per ZIP, 650 KB at most, and its BPMN model compresses 18:1.
 *
 * @param maxEntries       entries per ZIP
 * @param maxTotalBytes    uncompressed bytes per ZIP
 * @param maxRatio         uncompressed ÷ compressed size per ZIP, checked once more than {@code ratioThreshold}
 *                         bytes came out (small files may compress extremely well without harm)
 * @param ratioThreshold   uncompressed bytes below which the ratio is not checked
 * @param maxBase64Chars   characters of one {@code inhalt} element
 */
public record XProzessLimits(int maxEntries, long maxTotalBytes, double maxRatio, long ratioThreshold,
        long maxBase64Chars) {

    /** 100 entries, 100 MiB, ratio 100 beyond 1 MiB, 150 million base64 characters (about 110 MiB). */
    public static final XProzessLimits DEFAULT =
            new XProzessLimits(100, 100L << 20, 100.0, 1L << 20, 150_000_000L);

    /** A copy with another bound on the uncompressed size. */
    public XProzessLimits withMaxTotalBytes(long bytes) {
        return new XProzessLimits(maxEntries, bytes, maxRatio, ratioThreshold, maxBase64Chars);
    }

    /** A copy with another ratio. */
    public XProzessLimits withMaxRatio(double ratio) {
        return new XProzessLimits(maxEntries, maxTotalBytes, ratio, ratioThreshold, maxBase64Chars);
    }

    /** A copy with another entry count. */
    public XProzessLimits withMaxEntries(int entries) {
        return new XProzessLimits(entries, maxTotalBytes, maxRatio, ratioThreshold, maxBase64Chars);
    }
}
