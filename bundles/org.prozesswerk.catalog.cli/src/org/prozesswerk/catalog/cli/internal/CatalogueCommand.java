package org.prozesswerk.catalog.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueDiff;
import org.prozesswerk.catalog.CatalogueImportException;
import org.prozesswerk.catalog.CatalogueImporter.ImportSpec;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.CsvMapping;
import org.prozesswerk.catalog.CsvReader;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.catalog.UserCatalogues;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueReferenceCommands;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.Registers;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.GroupCommand;
import org.prozesswerk.cli.HelpOption;
import org.prozesswerk.exchange.office.CatalogueTables;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code prozesswerk catalogue import|list|remove}: the user's own catalogues (docs/catalogues.md), kept in
 * {@code $PROZESSWERK_HOME/catalogues} and shared with the workbench. Exit codes: 0 done; 2 usage or input error
 * (nothing imported).
 */
@Command(name = "catalogue", sortOptions = false,
        header = "Import, list and remove your own catalogues (CSV or XLSX).",
        description = { "Subcommands: import, list, remove, relink, refresh-labels." },
        subcommands = { CatalogueCommand.Import.class, CatalogueCommand.ListCatalogues.class,
                CatalogueCommand.Remove.class, CatalogueCommand.Relink.class, CatalogueCommand.RefreshLabels.class })
public final class CatalogueCommand extends GroupCommand {

    @Mixin
    HelpOption help;

    /** What every subcommand has: the picocli spec (for output) and {@code --help}. */
    abstract static class Subcommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        HelpOption help;
    }

    /** A subcommand that edits the references of a register to one catalogue. */
    abstract static class RegisterEdit extends Subcommand {

        @Parameters(index = "0", paramLabel = "REGISTER", descriptionKey = "register", description = "Register file.")
        Path register;

        @Option(names = "--catalogue", required = true, description = "Catalogue id.")
        String catalogueId;
    }

    /** {@code catalogue import FILE --id … --key-column … --label-column …}. */
    @Command(name = "import", sortOptions = false,
            header = "Import a CSV or XLSX file as a catalogue (replaces an earlier import of the same id and shows "
                    + "what changed).")
    static final class Import extends Subcommand {

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file",
                description = "CSV (; , or tab, UTF-8 or Windows-1252) or XLSX (first sheet), first row the headers.")
        Path file;

        @Option(names = "--id", required = true, description = "Catalogue id stored in every reference.")
        String id;

        @Option(names = "--name", required = true, description = "Name shown to users.")
        String name;

        @Option(names = "--version", required = true, description = "Version of the catalogue, e.g. 2024-03.")
        String version;

        @Option(names = "--publisher", description = "Who publishes the catalogue.")
        String publisher;

        @Option(names = "--key-column", required = true, description = "Column with the key.")
        String keyColumn;

        @Option(names = "--label-column", required = true, description = "Column with the label.")
        String labelColumn;

        @Option(names = "--parent-column", description = "Column with the parent's key.")
        String parentColumn;

        @Option(names = "--kind-column", description = "Column with the entry kind.")
        String kindColumn;

        @Option(names = "--default-kind", description = "Kind of entries without one.")
        String defaultKind;

        @Option(names = "--description-column", description = "Column with a description.")
        String descriptionColumn;

        @Option(names = "--url-column", description = "Column with a web address.")
        String urlColumn;

        @Option(names = "--valid-from-column", description = "Column with the first day of validity.")
        String validFromColumn;

        @Option(names = "--valid-until-column", description = "Column with the last day of validity.")
        String validUntilColumn;

        @Option(names = "--attribute-columns", split = ",", paramLabel = "COLUMN",
                description = "Further columns kept as properties (comma-separated).")
        List<String> attributeColumns = new ArrayList<>();

        @Option(names = "--key-pattern", description = "Regular expression every key must match.")
        String keyPattern;

        @Option(names = "--key-format", description = "The key format in words, for messages.")
        String keyFormat;

        @Option(names = "--register", paramLabel = "REGISTER",
                description = "Register file whose Steckbriefe affected by removed or relabelled keys are listed "
                        + "(repeatable).")
        List<Path> registers = new ArrayList<>();

        @Override
        public Integer call() {
            List<ProcessRegister> loaded = registers.stream().map(Registers::load).toList();
            if (!Files.isRegularFile(file)) {
                throw new CliInputException(NLS.bind(Messages.Import_NoFile, file));
            }
            ImportSpec importSpec = spec();
            PrintWriter out = spec.commandLine().getOut();
            try {
                Optional<Catalogue> previous = UserCatalogues.stored(id);
                if (previous.isPresent()) {
                    previous.get().load(); // read the old version before the new one replaces its file
                }
                List<LoadProblem> problems = new ArrayList<>();
                CsvReader.Table table = CatalogueTables.read(file, problems);
                Catalogue imported = UserCatalogues.importTable(table, importSpec, problems);
                out.println(NLS.bind(Messages.Import_Done, new Object[] { id, name, version,
                        imported.entries().size(), UserCatalogues.folder() }));
                if (previous.isPresent()) {
                    CatalogueDiff diff = printDiff(out, previous.get(), imported);
                    for (int i = 0; i < loaded.size(); i++) {
                        printAffected(out, registers.get(i), loaded.get(i), diff);
                    }
                }
                return ExitCodes.OK;
            } catch (CatalogueImportException e) {
                throw new CliInputException(NLS.bind(Messages.Import_Refused, e.getMessage()), e);
            } catch (IOException e) {
                throw new CliInputException(NLS.bind(Messages.Import_Failed, file, e.getMessage()), e);
            }
        }

        private ImportSpec spec() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(CsvMapping.DESCRIPTION, descriptionColumn);
            fields.put(CsvMapping.URL, urlColumn);
            fields.put(CsvMapping.VALID_FROM, validFromColumn);
            fields.put(CsvMapping.VALID_UNTIL, validUntilColumn);
            try {
                if (keyPattern != null) {
                    java.util.regex.Pattern.compile(keyPattern);
                }
                return new ImportSpec(id, name, version, publisher, new CsvMapping(keyColumn, labelColumn,
                        parentColumn, kindColumn, defaultKind, attributeColumns, fields), keyPattern, keyFormat);
            } catch (IllegalArgumentException e) {
                throw new CliInputException(NLS.bind(Messages.Import_BadSpec, e.getMessage()), e);
            }
        }

        private void printAffected(PrintWriter out, Path file, ProcessRegister register, CatalogueDiff diff) {
            Map<ProcessProfile, List<CatalogueReference>> affected = CatalogueReferenceCommands.affected(register, id,
                    diff);
            out.println(NLS.bind(Messages.Import_Affected, file, affected.size()));
            Set<String> removed = new java.util.HashSet<>();
            diff.removed().forEach(e -> removed.add(e.key()));
            affected.forEach((profile, references) -> {
                for (CatalogueReference reference : references) {
                    out.println("  " + NLS.bind(removed.contains(reference.getKey().strip()) ? Messages.Import_AffectedRemoved
                            : Messages.Import_AffectedRelabelled, new Object[] { profile.getKey(), profile.getName(),
                                    reference.getKey() }));
                }
            });
        }

        private static CatalogueDiff printDiff(PrintWriter out, Catalogue old, Catalogue imported) {
            CatalogueDiff diff = CatalogueDiff.between(old, imported);
            out.println(NLS.bind(Messages.Import_Changes, new Object[] { old.version(), diff.added().size(),
                    diff.removed().size(), diff.relabelled().size() }));
            diff.added().forEach(e -> out.println("  + " + e.key() + "  " + e.label()));
            diff.removed().forEach(e -> out.println("  - " + e.key() + "  " + e.label()));
            diff.relabelled().forEach(r -> out.println("  ~ " + r.key() + "  " + r.oldLabel() + " → " + r.newLabel()));
            return diff;
        }
    }

    /** {@code catalogue list}. */
    @Command(name = "list", header = "List all catalogues, built-in and imported.")
    static final class ListCatalogues extends Subcommand {

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            CatalogueRegistry registry = CatalogueRegistry.getDefault();
            out.println(Messages.List_Header);
            for (Catalogue catalogue : registry.catalogues()) {
                out.println(String.join("\t", catalogue.id(), catalogue.version(),
                        Integer.toString(catalogue.entries().size()),
                        registry.isContributed(catalogue.id()) ? Messages.List_BuiltIn : Messages.List_Imported,
                        catalogue.name()));
            }
            return ExitCodes.OK;
        }
    }

    /** {@code catalogue remove ID}. */
    @Command(name = "remove", header = "Remove an imported catalogue (references to it stay, unresolved).")
    static final class Remove extends Subcommand {

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id", description = "Id of the catalogue.")
        String id;

        @Override
        public Integer call() {
            if (CatalogueRegistry.getDefault().isContributed(id)) {
                throw new CliInputException(NLS.bind(Messages.Remove_BuiltIn, id));
            }
            try {
                if (!UserCatalogues.remove(id)) {
                    throw new CliInputException(NLS.bind(Messages.Remove_Unknown, id, UserCatalogues.folder()));
                }
            } catch (IOException e) {
                throw new CliInputException(e.getMessage(), e);
            }
            spec.commandLine().getOut().println(NLS.bind(Messages.Remove_Done, id));
            return ExitCodes.OK;
        }
    }

    /** {@code catalogue relink REGISTER --catalogue ID --from KEY --to KEY}. */
    @Command(name = "relink", header = "Move the references of a register from a key (e.g. a removed one) to its "
            + "successor, in one step, and save the register.")
    static final class Relink extends RegisterEdit {

        @Option(names = "--from", required = true, description = "The key the references hold now.")
        String from;

        @Option(names = "--to", required = true, description = "The successor key (must be in the catalogue).")
        String to;

        @Override
        public Integer call() {
            Catalogue catalogue = installed(catalogueId);
            CatalogueEntry successor = catalogue.entry(to.strip()).orElseThrow(() -> new CliInputException(
                    NLS.bind(Messages.Relink_UnknownSuccessor, to, catalogueId)));
            int count = edit(spec, register, (domain, r) -> CatalogueReferenceCommands.moveToSuccessor(domain, r,
                    catalogue, from, successor), CatalogueReferenceCommands.referencesTo(
                            Registers.load(register), catalogue.id(), Set.of(from.strip())).size());
            spec.commandLine().getOut().println(NLS.bind(Messages.Relink_Done, new Object[] { count, from, to,
                    register }));
            return ExitCodes.OK;
        }
    }

    /** {@code catalogue refresh-labels REGISTER --catalogue ID}. */
    @Command(name = "refresh-labels", header = "Refresh the label snapshots and catalogue versions of a register's "
            + "references from the installed catalogue, and save the register.")
    static final class RefreshLabels extends RegisterEdit {

        @Override
        public Integer call() {
            Catalogue catalogue = installed(catalogueId);
            int[] changes = new int[1];
            edit(spec, register, (domain, r) -> {
                org.eclipse.emf.common.command.Command command = CatalogueReferenceCommands.refreshLabels(domain, r,
                        catalogue);
                changes[0] = command instanceof org.eclipse.emf.common.command.CompoundCommand compound
                        ? compound.getCommandList().size() : 0;
                return command;
            }, 0);
            spec.commandLine().getOut().println(NLS.bind(Messages.Refresh_Done, changes[0], register));
            return ExitCodes.OK;
        }
    }

    private static Catalogue installed(String id) {
        return CatalogueRegistry.getDefault().catalogue(id)
                .orElseThrow(() -> new CliInputException(NLS.bind(Messages.Catalogue_Unknown, id)));
    }

    /**
     * Loads the register into an editing domain, runs the command made by {@code factory} (if it can execute) and
     * saves the register atomically in its format.
     *
     * @return {@code result}, passed through for the caller's message
     */
    private static int edit(CommandSpec spec, Path file,
            java.util.function.BiFunction<EditingDomain, ProcessRegister, org.eclipse.emf.common.command.Command> factory,
            int result) {
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create(new BasicCommandStack());
        ProcessRegister register;
        try {
            register = RegisterEditingDomain.open(domain, file);
        } catch (RegisterLoadException e) {
            throw new CliInputException(e.getMessage(), e);
        }
        org.eclipse.emf.common.command.Command command = factory.apply(domain, register);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
            try {
                RegisterEditingDomain.save(domain, file);
            } catch (IOException e) {
                throw new CliInputException(NLS.bind(Messages.Save_Failed, file, e.getMessage()), e);
            }
        }
        return result;
    }
}
