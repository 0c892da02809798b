package org.prozesswerk.fuzz;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * The workbench's save path in a process of its own, for {@link WorkbenchSaveCrashTest}: opens a register into an
 * editing domain as the workbench does, then changes its name through an EMF command and saves with
 * {@link RegisterEditingDomain#save} — the call {@code RegisterDocument.saveAs} makes when the editor's "Speichern"
 * runs — again and again.
 *
 * <pre>
 * SaveLoop FILE TAG SAVES      (SAVES 0: until killed)
 * </pre>
 *
 * Prints {@code loaded} once the register is open, then {@code saved N MS} after each save.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String tag = args[1];
        int saves = Integer.parseInt(args[2]);
        AdapterFactoryEditingDomain domain = RegisterEditingDomain.create();
        ProcessRegister register = RegisterEditingDomain.open(domain, file);
        System.out.println("loaded");
        System.out.flush();
        for (int i = 1; saves == 0 || i <= saves; i++) {
            domain.getCommandStack().execute(SetCommand.create(domain, register,
                    ProzesswerkPackage.Literals.PROCESS_REGISTER__NAME, name(tag, i)));
            long start = System.nanoTime();
            RegisterEditingDomain.save(domain, file);
            System.out.println("saved " + i + " " + (System.nanoTime() - start) / 1_000_000);
            System.out.flush();
        }
    }

    /** The register's name after save {@code i} of the process tagged {@code tag}. */
    static String name(String tag, int i) {
        return "Stand " + i + " von Lauf " + tag;
    }
}
