package org.prozesswerk.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.tests.support.OpenRegisters;

/** Issue 18: a register changed on disk while it is open is never overwritten silently by a save. */
class ChangedOnDiskTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final OpenRegisters registers = new OpenRegisters();

    private RegisterDocument document;

    @Test
    void saveRefusesToOverwriteAFileChangedByAnotherProgram() throws Exception {
        Path file = EditorFixture.write(dir);
        document = registers.open(file);
        ProcessRegister register = document.register();
        document.editingDomain().getCommandStack().execute(SetCommand.create(document.editingDomain(), register,
                ProzesswerkPackage.Literals.PROCESS_REGISTER__NAME, "hier geändert"));
        assertFalse(document.isChangedOnDisk());

        // another workbench or the command line saves the same file
        ProcessRegister other = RegisterStore.load(file);
        other.setName("dort geändert");
        RegisterStore.save(other, file);

        assertTrue(document.isChangedOnDisk());
        RegisterDocument.ChangedOnDiskException e = assertThrows(RegisterDocument.ChangedOnDiskException.class,
                document::save);
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals("dort geändert", RegisterStore.load(file).getName(), "the other change is kept");
        assertTrue(document.isDirty(), "nothing was saved");

        document.saveOverwriting(); // the user's explicit choice
        assertEquals("hier geändert", RegisterStore.load(file).getName());
        assertFalse(document.isChangedOnDisk());
        document.editingDomain().getCommandStack().execute(SetCommand.create(document.editingDomain(), register,
                ProzesswerkPackage.Literals.PROCESS_REGISTER__NAME, "noch einmal"));
        document.save(); // unchanged on disk since our own save: no question
        assertEquals("noch einmal", RegisterStore.load(file).getName());
    }
}
