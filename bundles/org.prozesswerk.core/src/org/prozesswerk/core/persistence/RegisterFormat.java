package org.prozesswerk.core.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two file formats of a process register; the file extension decides which one a file has. */
public enum RegisterFormat {

    /** XMI (XML): the format of record, diff-friendly, ids are the model's id attributes. */
    XMI("pwreg"),

    /** EMF's binary resource format: several times faster to load, for large registers and caches. */
    BINARY("pwregb");

    private final String extension;

    RegisterFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The format for a file extension (without dot, case-insensitive), if it is one of ours. */
    public static Optional<RegisterFormat> forExtension(String extension) {
        String lower = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        for (RegisterFormat format : values()) {
            if (format.extension.equals(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format of {@code file} by its extension.
     *
     * @throws IllegalArgumentException if the extension is neither {@code .pwreg} nor {@code .pwregb}
     */
    public static RegisterFormat forPath(Path file) {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString();
        int dot = fileName.lastIndexOf('.');
        return forExtension(dot < 0 ? "" : fileName.substring(dot + 1))
                .orElseThrow(() -> new IllegalArgumentException(
                        "Not a register file (expected .pwreg or .pwregb): " + file));
    }
}
