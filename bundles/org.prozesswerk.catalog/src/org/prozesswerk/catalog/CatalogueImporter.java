package org.prozesswerk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

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

    /**
     * Copies the CSV into the folder (replacing an earlier import of the same id) and writes its descriptor.
     *
     * @return the imported catalogue, loaded, with the problems found; not yet registered
     */
    public Catalogue importCsv(Path csv, ImportSpec spec) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(spec.id() + ".csv");
        if (!csv.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            Files.copy(csv, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Properties descriptor = new Properties();
        put(descriptor, "id", spec.id());
        put(descriptor, "name", spec.name());
        put(descriptor, "version", spec.version());
        put(descriptor, "publisher", spec.publisher());
        put(descriptor, "keyPattern", spec.keyPattern());
        put(descriptor, "keyFormat", spec.keyFormat());
        spec.mapping().toParameters().forEach((name, value) -> put(descriptor, name, value));
        try (Writer out = Files.newBufferedWriter(folder.resolve(spec.id() + DESCRIPTOR_SUFFIX),
                StandardCharsets.UTF_8)) {
            descriptor.store(out, "Prozesswerk catalogue imported from " + csv.getFileName());
        }
        return open(spec, target).load();
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
                CsvMapping mapping = new CsvMapping(p.getProperty(CsvMapping.KEY_COLUMN, ""),
                        p.getProperty(CsvMapping.LABEL_COLUMN, ""), p.getProperty(CsvMapping.PARENT_COLUMN),
                        p.getProperty(CsvMapping.KIND_COLUMN), p.getProperty(CsvMapping.DEFAULT_KIND),
                        splitColumns(p.getProperty(CsvMapping.ATTRIBUTE_COLUMNS)));
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

    private static Catalogue open(ImportSpec spec, Path csv) {
        KeyValidator validator = spec.validator();
        Map<String, String> parameters = new java.util.LinkedHashMap<>(spec.mapping().toParameters());
        parameters.put(CsvMapping.FILE, csv.getFileName().toString());
        CatalogueSource source = new CatalogueSource() {
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
        return new Catalogue(spec.id(), spec.name(), spec.version(), spec.publisher(), validator, () -> {
            try {
                return new CsvCatalogueLoader().load(source);
            } catch (IOException e) {
                return new LoadResult(List.of(), List.of(LoadProblem.error(csv.toString(), 0, String.valueOf(e))));
            }
        });
    }

    private static void put(Properties properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.setProperty(name, value);
        }
    }

    private static List<String> splitColumns(String columns) {
        List<String> result = new ArrayList<>();
        if (columns != null) {
            for (String column : columns.split(",")) {
                if (!column.isBlank()) {
                    result.add(column.strip());
                }
            }
        }
        return result;
    }
}
