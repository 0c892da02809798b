package org.prozesswerk.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterOpener;

/** Creating register files: the empty register of the "Neues Register" wizard, writing and opening it. */
public final class RegisterFiles {

    /** The register navigator, which shows a new register. */
    static final String NAVIGATOR = "org.prozesswerk.ui.navigator";

    private RegisterFiles() {
    }

    /** An empty register (version 1.0, created now) with one root folder. */
    public static ProcessRegister emptyRegister(String name, String publisher, String rootFolderName) {
        ProzesswerkFactory f = ProzesswerkFactory.eINSTANCE;
        ProcessRegister register = f.createProcessRegister();
        register.setId(UUID.randomUUID().toString());
        register.setName(name);
        register.setPublisher(publisher == null || publisher.isBlank() ? null : publisher.strip());
        register.setVersion("1.0"); //$NON-NLS-1$
        Date now = new Date();
        register.setCreated(now);
        register.setModified(now);
        Folder root = f.createFolder();
        root.setId(UUID.randomUUID().toString());
        root.setName(rootFolderName);
        register.getRootFolders().add(root);
        return register;
    }

    /**
     * Writes {@code register} to {@code file} (atomically; the parent folder is created), opens it in the workbench
     * and shows it in the navigator; {@code whenOpen} runs in the UI thread once it is open.
     */
    public static void createAndOpen(ProcessRegister register, Path file, Consumer<RegisterDocument> whenOpen)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        RegisterStore.save(register, file);
        RegisterOpener.open(file, document -> {
            reveal(document);
            if (whenOpen != null) {
                whenOpen.accept(document);
            }
        });
    }

    /** Selects {@code element} (a document, folder or Steckbrief) in the register navigator, if it is open. */
    public static void reveal(Object element) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IViewPart navigator = page == null ? null : page.findView(NAVIGATOR);
        if (navigator instanceof ISetSelectionTarget target) {
            target.selectReveal(new StructuredSelection(element));
        }
    }
}
