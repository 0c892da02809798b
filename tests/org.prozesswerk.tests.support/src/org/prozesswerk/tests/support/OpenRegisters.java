package org.prozesswerk.tests.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * Register files a workbench test opens as documents, closed again after each test, so the next test starts with none
 * of them: {@code @RegisterExtension final OpenRegisters registers = new OpenRegisters();}.
 */
public final class OpenRegisters implements AfterEachCallback {

    private final List<RegisterDocument> opened = new ArrayList<>();

    /** Opens {@code file} as the workbench does (one document per file) and closes it after the test. */
    public RegisterDocument open(Path file) throws RegisterLoadException {
        RegisterDocument document = RegisterDocuments.getDefault().open(file);
        opened.add(document);
        return document;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (RegisterDocument document : opened) {
            RegisterDocuments.getDefault().close(document);
        }
        opened.clear();
    }
}
