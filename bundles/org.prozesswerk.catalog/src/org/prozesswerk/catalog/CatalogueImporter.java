package org.prozesswerk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.internal.Messages;
import org.prozesswerk.io.AtomicFileWriter;

/**
 * Brings a user's CSV into the user's catalogue folder, so that a catalogue that is not contributed by any bundle
 * (an office's own task list, a Rechnungshof catalogue received by mail) can be used like a built-in one. The folder
 * holds, per catalogue, a copy of the CSV ({@code ID.csv}) and a descriptor ({@code ID.catalogue.properties}) with
 * name, version, publisher, key format and the column mapping. UI and CLI decide where the folder is (e.g. in the
 * workspace); this class only needs its path.
 */
public final class CatalogueImporter {

    public static final String DESCRIPTOR_SUFFIX = ".catalogue.properties";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /**
     * What the user states about the imported file.
     *
     * @param keyPattern optional regular expression every key must match, {@code null} for none
     * @param keyFormat  optional description of the key format for messages
     */
    public record ImportSpec(String id, String name, String version, String publisher, CsvMapping mapping,
            String keyPattern, String keyFormat) {

        public ImportSpec {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(mapping, "mapping");
            if (!SAFE_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("catalogue id must be letters, digits, '.', '_' or '-': " + id);
            }
        }

        KeyValidator validator() {
            return keyPattern == null || keyPattern.isBlank() ? KeyValidator.ANY
                    : KeyValidator.pattern(keyPattern, keyFormat);
        }
    }

    private final Path folder;

    public CatalogueImporter(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public Path folder() {
        return folder;
    }

    /**
     * Loads a CSV where it is, without copying, so that the user can check entries and problems before importing.
     */
    public static Catalogue preview(Path csv, ImportSpec spec) {
        return open(spec, csv);
    }

    /** The catalogue a table (read from a CSV or a spreadsheet) would give, loaded, nothing written. */
    public static Catalogue preview(CsvReader.Table table, ImportSpec spec) {
        return fromTable(spec, table);
    }

    /** Reads a CSV file as a table; reading problems (encoding, quotes) are added to {@code problems}. */
    public static CsvReader.Table readCsv(Path csv, List<LoadProblem> problems) throws IOException {
        try (InputStream in = Files.newInputStream(csv)) {
            return CsvReader.read(in, csv.toString(), problems);
        }
    }

    /**
     * Checks a table against the spec as strictly as an import needs: every mapped column present (a header with one
     * column hints at the wrong separator), every row as wide as the header, every key present, matching the key
     * pattern and unique. Reading problems of the CSV reader are passed in and come out with the others.
     *
     * @return the problems, errors first in row order; the import may go ahead if none is an error
     */
    public static List<ImportProblem> check(CsvReader.Table table, ImportSpec spec, List<LoadProblem> readProblems) {
        String file = table.source();
        List<ImportProblem> problems = new ArrayList<>();
        java.util.Set<Integer> reportedRows = new java.util.HashSet<>();
        if (table.header().isEmpty()) {
            problems.add(new ImportProblem(file, 0, null, true, Messages.emptyFile));
            return problems;
        }
        boolean columnsMissing = false;
        for (String column : spec.mapping().columns()) {
            if (table.column(column) < 0) {
                columnsMissing = true;
                String message = table.header().size() == 1
                        ? NLS.bind(Messages.importSingleColumn, table.header().get(0))
                        : NLS.bind(Messages.importMissingColumn, String.join(", ", table.header()));
                problems.add(new ImportProblem(file, 1, column, true, message));
            }
        }
        if (columnsMissing) {
            return problems;
        }
        int key = table.column(spec.mapping().keyColumn());
        String keyColumn = table.header().get(key);
        KeyValidator validator = spec.validator();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (CsvReader.Row row : table.rows()) {
            int width = row.cells().size();
            if (width != table.header().size()) {
                String column = width < table.header().size() ? table.header().get(width)
                        : null;
                problems.add(new ImportProblem(file, row.line(), column, true,
                        NLS.bind(Messages.importCellCount, width, table.header().size())));
                reportedRows.add(row.line());
                continue;
            }
            String k = row.get(key).strip();
            if (k.isEmpty()) {
                problems.add(new ImportProblem(file, row.line(), keyColumn, true, Messages.importEmptyKey));
                continue;
            }
            Optional<String> invalid = validator.validate(k);
            if (invalid.isPresent()) {
                problems.add(new ImportProblem(file, row.line(), keyColumn, true, invalid.get()));
                continue;
            }
            Integer first = seen.putIfAbsent(k, row.line());
            if (first != null) {
                problems.add(new ImportProblem(file, row.line(), keyColumn, true,
                        NLS.bind(Messages.importDuplicateKey, k, first)));
            }
        }
        for (LoadProblem problem : readProblems) {
            if (!reportedRows.contains(problem.line())) {
                problems.add(new ImportProblem(file, problem.line(), null,
                        problem.severity() == LoadProblem.Severity.ERROR, problem.message()));
            }
        }
        problems.sort(java.util.Comparator.comparing((ImportProblem p) -> !p.error())
                .thenComparingInt(ImportProblem::row));
        return problems;
    }

    /**
     * Imports a CSV: reads and {@link #check checks} it, then stores it (see {@link #importTable}).
     *
     * @throws CatalogueImportException if the file has errors; nothing is written then
     */
    public Catalogue importCsv(Path csv, ImportSpec spec) throws IOException {
        List<LoadProblem> readProblems = new ArrayList<>();
        CsvReader.Table table;
        try {
            table = readCsv(csv, readProblems);
        } catch (IOException e) {
            throw new CatalogueImportException(new ImportProblem(csv.toString(), 0, null, true,
                    NLS.bind(Messages.importUnreadable, String.valueOf(e.getMessage()))), e);
        }
        return importTable(table, spec, readProblems);
    }

    /**
     * Stores a checked table in the folder as {@code ID.csv} (UTF-8, {@code ;}, whatever the source's encoding and
     * separator or a spreadsheet) and its descriptor {@code ID.catalogue.properties}, each written atomically, the
     * descriptor last: the catalogue appears complete or not at all. An earlier import of the same id is replaced.
     *
     * @return the imported catalogue, loaded; not yet registered
     * @throws CatalogueImportException if the table has errors; nothing is written then
     */
    public Catalogue importTable(CsvReader.Table table, ImportSpec spec, List<LoadProblem> readProblems)
            throws IOException {
        List<ImportProblem> problems = check(table, spec, readProblems);
        if (problems.stream().anyMatch(ImportProblem::error)) {
            throw new CatalogueImportException(problems);
        }
        Files.createDirectories(folder);
        Path target = folder.resolve(spec.id() + ".csv");
        Properties descriptor = new Properties();
        put(descriptor, "id", spec.id());
        put(descriptor, "name", spec.name());
        put(descriptor, "version", spec.version());
        put(descriptor, "publisher", spec.publisher());
        put(descriptor, "keyPattern", spec.keyPattern());
        put(descriptor, "keyFormat", spec.keyFormat());
        put(descriptor, "source", Path.of(table.source()).getFileName().toString());
        spec.mapping().toParameters().forEach((name, value) -> put(descriptor, name, value));
        AtomicFileWriter.write(target, out -> out.write(toCsv(table).getBytes(StandardCharsets.UTF_8)));
        AtomicFileWriter.write(folder.resolve(spec.id() + DESCRIPTOR_SUFFIX), out -> {
            Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            descriptor.store(writer, "Prozesswerk catalogue imported from " + descriptor.getProperty("source"));
            writer.flush();
        });
        return open(spec, target).load();
    }

    /**
     * Removes an imported catalogue from the folder (descriptor first, so that a failure leaves no half catalogue).
     *
     * @return whether there was one
     */
    public boolean remove(String id) throws IOException {
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            return false;
        }
        boolean existed = Files.deleteIfExists(folder.resolve(id + DESCRIPTOR_SUFFIX));
        Files.deleteIfExists(folder.resolve(id + ".csv"));
        return existed;
    }

    /** The imported catalogue with this id, not loaded; empty if there is none. */
    public Optional<Catalogue> catalogue(String id) throws IOException {
        return catalogues().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The table as CSV: {@code ;}-separated, fields quoted where needed, CRLF line ends (as Excel writes). */
    static String toCsv(CsvReader.Table table) {
        StringBuilder out = new StringBuilder();
        appendRecord(out, table.header());
        for (CsvReader.Row row : table.rows()) {
            appendRecord(out, row.cells());
        }
        return out.toString();
    }

    private static void appendRecord(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            String cell = cells.get(i);
            if (cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0 || !cell.equals(cell.strip())) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }

    /** The catalogues imported into the folder (not loaded yet); none if the folder does not exist. */
    public List<Catalogue> catalogues() throws IOException {
        List<Catalogue> result = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return result;
        }
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(folder, "*" + DESCRIPTOR_SUFFIX)) {
            for (Path descriptor : descriptors) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(descriptor, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                String id = p.getProperty("id");
                CsvMapping mapping = CsvMapping.fromParameters(p::getProperty);
                if (id == null || !SAFE_ID.matcher(id).matches() || mapping == null) {
                    continue; // not written by importCsv (a stray file): ignored, as an unknown file would be
                }
                ImportSpec spec = new ImportSpec(id, p.getProperty("name"), p.getProperty("version"),
                        p.getProperty("publisher"), mapping, p.getProperty("keyPattern"), p.getProperty("keyFormat"));
                result.add(open(spec, folder.resolve(id + ".csv")));
            }
        }
        result.sort(java.util.Comparator.comparing(Catalogue::id));
        return result;
    }

    /**
     * Registers every imported catalogue; one whose id a contributed catalogue already uses is skipped.
     *
     * @return the registered catalogues
     */
    public List<Catalogue> registerAll(CatalogueRegistry registry) throws IOException {
        List<Catalogue> registered = new ArrayList<>();
        for (Catalogue catalogue : catalogues()) {
            if (!registry.isContributed(catalogue.id())) {
                registry.register(catalogue);
                registered.add(catalogue);
            }
        }
        return registered;
    }

    private static Catalogue fromTable(ImportSpec spec, CsvReader.Table table) {
        CatalogueSource source = source(spec, Map.of(), null);
        return new Catalogue(spec.id(), spec.name(), spec.version(), spec.publisher(), spec.validator(), () -> {
            List<LoadProblem> problems = new ArrayList<>();
            return new LoadResult(CsvCatalogueLoader.toEntries(table, spec.mapping(), source, problems), problems);
        });
    }

    private static Catalogue open(ImportSpec spec, Path csv) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>(spec.mapping().toParameters());
        parameters.put(CsvMapping.FILE, csv.getFileName().toString());
        CatalogueSource source = source(spec, parameters, csv);
        return new Catalogue(spec.id(), spec.name(), spec.version(), spec.publisher(), spec.validator(), () -> {
            try {
                return new CsvCatalogueLoader().load(source);
            } catch (IOException e) {
                return new LoadResult(List.of(), List.of(LoadProblem.error(csv.toString(), 0, String.valueOf(e))));
            }
        });
    }

    private static CatalogueSource source(ImportSpec spec, Map<String, String> parameters, Path csv) {
        KeyValidator validator = spec.validator();
        return new CatalogueSource() {
            @Override
            public String catalogueId() {
                return spec.id();
            }

            @Override
            public Optional<String> parameter(String name) {
                return Optional.ofNullable(parameters.get(name));
            }

            @Override
            public InputStream open(String path) throws IOException {
                if (csv == null) {
                    throw new IOException("no file: " + path);
                }
                return Files.newInputStream(csv.resolveSibling(path));
            }

            @Override
            public Optional<String> validateKey(String key) {
                return validator.validate(key);
            }

            @Override
            public Optional<Catalogue> catalogue(String id) {
                return Optional.empty();
            }
        };
    }

    private static void put(Properties properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.setProperty(name, value);
        }
    }
}
