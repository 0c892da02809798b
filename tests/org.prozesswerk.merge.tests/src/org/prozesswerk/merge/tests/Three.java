package org.prozesswerk.merge.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.RegisterIntegrity;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/** A base register and two copies (ours, theirs) to edit, and the merge applied to ours through a command stack. */
final class Three {

    final ProcessRegister base;
    final ProcessRegister ours;
    final ProcessRegister theirs;
    final AdapterFactoryEditingDomain domain;

    Three(ProcessRegister base) {
        this.base = base;
        this.domain = RegisterEditingDomain.create(new BasicCommandStack());
        this.ours = EcoreUtil.copy(base);
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/ours.pwreg"));
        resource.getContents().add(ours);
        this.theirs = EcoreUtil.copy(base);
    }

    MergeResult analyse() {
        return ThreeWayMerge.merge(base, ours, theirs);
    }

    /** Merges with the decisions, checks integrity, undo (exact) and redo; returns the result. */
    Command apply(MergeResult result, MergeDecisions decisions) {
        ProcessRegister before = EcoreUtil.copy(ours);
        Command command = result.createCommand(domain, decisions);
        domain.getCommandStack().execute(command);
        List<String> problems = RegisterIntegrity.check(ours);
        if (!problems.isEmpty()) {
            throw new AssertionError("integrity after merge: " + problems);
        }
        ProcessRegister after = EcoreUtil.copy(ours);
        domain.getCommandStack().undo();
        if (!EcoreUtil.equals(before, ours)) {
            throw new AssertionError("undo did not restore the register exactly");
        }
        domain.getCommandStack().redo();
        if (!EcoreUtil.equals(after, ours)) {
            throw new AssertionError("redo did not give the merged register again");
        }
        return command;
    }

    static <T extends EObject> T byId(ProcessRegister r, Class<T> type, String id) {
        for (var it = r.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (type.isInstance(o) && id.equals(o.eGet(o.eClass().getEIDAttribute()))) {
                return type.cast(o);
            }
        }
        return null;
    }

    static ProcessProfile profile(ProcessRegister r, String id) {
        return byId(r, ProcessProfile.class, id);
    }

    static Folder folder(ProcessRegister r, String id) {
        return byId(r, Folder.class, id);
    }

    static OrgUnit unit(ProcessRegister r, String id) {
        return byId(r, OrgUnit.class, id);
    }

    static List<ProcessProfile> profiles(ProcessRegister r) {
        List<ProcessProfile> out = new ArrayList<>();
        r.eAllContents().forEachRemaining(o -> {
            if (o instanceof ProcessProfile p) {
                out.add(p);
            }
        });
        return out;
    }
}
