package org.prozesswerk.muster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.SizeClass;

/**
 * The demo Musterprozessregister: a register for a municipality of KGSt size class 6 or 7 built from the real
 * catalogues (see {@link MusterRegisterGenerator}), with the figures of how it came about.
 */
public final class MusterRegister {

    /** File name of the demo register the workbench creates on first start. */
    public static final String FILE_NAME = "Musterregister.pwreg";
    /** Size class of the demo register: a municipality of 10,000 to 25,000 inhabitants. */
    public static final SizeClass DEFAULT_SIZE_CLASS = SizeClass.GK6;

    private final ProcessRegister register;
    private final MusterFigures figures;

    MusterRegister(ProcessRegister register, MusterFigures figures) {
        this.register = register;
        this.figures = figures;
    }

    /** Generates the register for {@code sizeClass} from the application's catalogues. */
    public static MusterRegister generate(SizeClass sizeClass) {
        return new MusterRegisterGenerator(CatalogueRegistry.getDefault()).generate(sizeClass);
    }

    /**
     * Writes {@value #FILE_NAME} of size class {@link #DEFAULT_SIZE_CLASS} into {@code directory} unless a file of that
     * name is there already (a user's edited copy is never overwritten). Creates the directory if needed.
     *
     * @return the file
     */
    public static Path ensureDemoRegister(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(directory);
        RegisterStore.save(generate(DEFAULT_SIZE_CLASS).register(), file);
        return file;
    }

    /** The generated register (not attached to a resource). */
    public ProcessRegister register() {
        return register;
    }

    public MusterFigures figures() {
        return figures;
    }
}
