package org.prozesswerk.muster.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * One of the bundle's own data tables ({@code data/*.csv}): UTF-8, separator {@code ;}, no quoting (no field holds a
 * {@code ;}), lines starting with {@code #} are comments, the first other line is the header.
 */
public record DataFile(String path, List<String> header, List<Row> rows) {

    /** A data row with its 1-based line number in the file, for error messages. */
    public record Row(int line, List<String> fields) {

        public String get(int column) {
            return column < fields.size() ? fields.get(column).strip() : "";
        }
    }

    public static DataFile read(String path) {
        try (InputStream in = open(path);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.asList(line.split(";", -1));
                if (header == null) {
                    header = fields;
                } else {
                    rows.add(new Row(number, fields));
                }
            }
            if (header == null) {
                throw new IllegalStateException(path + ": no header line");
            }
            return new DataFile(path, List.copyOf(header), List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read", e);
        }
    }

    /** "path:line: message", the form our other load problems take. */
    public String problem(Row row, String message) {
        return path + ":" + row.line() + ": " + message;
    }

    private static InputStream open(String path) throws IOException {
        // Inside OSGi the data lies in the bundle; outside (plain JUnit) on the class path.
        Bundle bundle = Platform.isRunning() ? Platform.getBundle("org.prozesswerk.muster") : null;
        URL url = bundle != null ? bundle.getEntry(path) : DataFile.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IOException(path + ": not found in bundle org.prozesswerk.muster");
        }
        return url.openStream();
    }
}
