package org.prozesswerk.exchange.office.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.model.ProcessRegister;

/** Runs an exporter into bytes or a file. */
final class Exports {

    private Exports() {
    }

    static byte[] bytes(Exporter exporter, ProcessRegister register, Map<String, String> options)
            throws IOException, ExchangeException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(ExportRequest.of(register, null, options), out, new NullProgressMonitor());
        return out.toByteArray();
    }

    static ExchangeReport toFile(Exporter exporter, ProcessRegister register, Path file)
            throws IOException, ExchangeException {
        try (OutputStream out = Files.newOutputStream(file)) {
            return exporter.export(ExportRequest.of(register, null, Map.of()), out, new NullProgressMonitor());
        }
    }
}
