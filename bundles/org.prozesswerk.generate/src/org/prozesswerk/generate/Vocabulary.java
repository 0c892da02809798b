package org.prozesswerk.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word tables read from a UTF-8 resource: sections {@code [name]}, one row a line, columns separated by TAB; lines
 * starting with {@code #} and empty lines are skipped. A missing resource or section is a build defect and fails
 * loudly.
 */
final class Vocabulary {

    private final String resource;
    private final Map<String, List<String[]>> sections;

    private Vocabulary(String resource, Map<String, List<String[]>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    /** Reads {@code resource} beside this class. */
    static Vocabulary load(String resource) {
        Map<String, List<String[]>> sections = new LinkedHashMap<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from " + Vocabulary.class.getPackageName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = null;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    rows = new ArrayList<>();
                    sections.put(line.substring(1, line.length() - 1), rows);
                } else if (rows == null) {
                    throw new IllegalStateException(resource + ":" + number + ": a row before the first [section]");
                } else {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return new Vocabulary(resource, sections);
    }

    /** A section's rows with their columns. */
    String[][] table(String section) {
        return rows(section).toArray(String[][]::new);
    }

    /** A section of one column. */
    String[] list(String section) {
        return rows(section).stream().map(row -> row[0]).toArray(String[]::new);
    }

    private List<String[]> rows(String section) {
        List<String[]> rows = sections.get(section);
        if (rows == null) {
            throw new IllegalStateException("no section [" + section + "] in " + resource);
        }
        return rows;
    }
}
