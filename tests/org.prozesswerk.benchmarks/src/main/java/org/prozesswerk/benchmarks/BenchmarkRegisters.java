package org.prozesswerk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.prozesswerk.generate.SyntheticRegisterGenerator;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterResourceFactory;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * Set-up shared by the benchmarks. Outside OSGi nobody reads the plugin.xml extensions, so the EMF package and the
 * resource factories are registered by hand here. {@link RegisterStore} itself does not need this (it builds its own
 * resource set with {@link RegisterResourceFactory#register}); it is done so that plain EMF code in the benchmarks
 * behaves as inside the workbench.
 */
final class BenchmarkRegisters {

    /** All benchmarks use the same synthetic registers. */
    static final long SEED = 20_261_123L;

    static {
        ProzesswerkPackage.eINSTANCE.eClass();
        RegisterResourceFactory factory = new RegisterResourceFactory();
        for (RegisterFormat format : RegisterFormat.values()) {
            Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(format.extension(), factory);
        }
    }

    private BenchmarkRegisters() {
    }

    /** A synthetic register of the given size (in memory, in no resource). */
    static ProcessRegister generate(int steckbriefe) {
        return SyntheticRegisterGenerator.generate(steckbriefe, SEED);
    }

    /** A temporary directory with {@code register.pwreg} and {@code register.pwregb} of the register. */
    static Path writeFiles(ProcessRegister register) throws IOException {
        Path dir = Files.createTempDirectory("prozesswerk-bench-");
        for (RegisterFormat format : RegisterFormat.values()) {
            RegisterStore.save(register, file(dir, format));
        }
        return dir;
    }

    static Path file(Path dir, RegisterFormat format) {
        return dir.resolve("register." + format.extension());
    }

    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
