package org.prozesswerk.bpmn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.bpmn.model.Lane;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * Links between BPMN files and the process register: a {@link ProcessProfile} lists its model files as
 * {@link ProcessModelReference}s (path relative to the register file), and lanes name the register's
 * {@link OrgUnit}s through {@code prozesswerk:orgUnit} ({@link ProzesswerkBpmn#ORG_UNIT}).
 */
public final class RegisterLinks {

    /** A lane and the OrgUnit it names; {@code unit} is null when the id is not in the register. */
    public record LaneLink(Lane lane, String orgUnitId, OrgUnit unit) {
    }

    private RegisterLinks() {
    }

    /**
     * Attaches a BPMN file to a profile, or updates the reference that already points to it.
     *
     * @param registerFile the register file the profile is saved in (paths are stored relative to its folder)
     * @param detailLevel  FIM Detaillierungsstufe 101–105, or 0 for none
     */
    public static ProcessModelReference attach(ProcessProfile profile, Path registerFile, Path bpmnFile, String title,
            int detailLevel) {
        if (detailLevel != 0 && (detailLevel < 101 || detailLevel > 105)) {
            throw new IllegalArgumentException("detail level must be 101..105 or 0, not " + detailLevel);
        }
        String path = relativePath(registerFile, bpmnFile);
        ProcessModelReference reference = null;
        for (ProcessModelReference existing : profile.getModelReferences()) {
            if (path.equals(existing.getPath())) {
                reference = existing;
            }
        }
        if (reference == null) {
            reference = ProzesswerkFactory.eINSTANCE.createProcessModelReference();
            reference.setPath(path);
            profile.getModelReferences().add(reference);
        }
        reference.setTitle(title);
        if (detailLevel == 0) {
            reference.eUnset(reference.eClass().getEStructuralFeature("detailLevel"));
        } else {
            reference.setDetailLevel(detailLevel);
        }
        return reference;
    }

    /** The profile's references to BPMN files ({@code .bpmn}, {@code .bpmn2}). */
    public static List<ProcessModelReference> bpmnReferences(ProcessProfile profile) {
        List<ProcessModelReference> result = new ArrayList<>();
        for (ProcessModelReference reference : profile.getModelReferences()) {
            String path = reference.getPath() == null ? "" : reference.getPath().toLowerCase(Locale.ROOT);
            if (path.endsWith(".bpmn") || path.endsWith(".bpmn2")) {
                result.add(reference);
            }
        }
        return result;
    }

    /** The file a reference points to. */
    public static Path resolve(ProcessModelReference reference, Path registerFile) {
        Path dir = registerFile.toAbsolutePath().getParent();
        return dir.resolve(reference.getPath()).normalize();
    }

    /** Loads the BPMN file a reference points to. */
    public static BpmnModel load(ProcessModelReference reference, Path registerFile) throws IOException {
        return BpmnIO.load(resolve(reference, registerFile));
    }

    /** Every lane of the model that names an OrgUnit, with the unit from the register's organisation tree. */
    public static List<LaneLink> laneOrgUnits(BpmnModel model, ProcessRegister register) {
        Map<String, OrgUnit> units = new HashMap<>();
        for (OrgUnit unit : register.getOrganisation()) {
            index(unit, units);
        }
        List<LaneLink> links = new ArrayList<>();
        for (Lane lane : model.all(Lane.class)) {
            ProzesswerkBpmn.orgUnit(lane).ifPresent(id -> links.add(new LaneLink(lane, id, units.get(id))));
        }
        return links;
    }

    private static void index(OrgUnit unit, Map<String, OrgUnit> units) {
        if (unit.getId() != null) {
            units.putIfAbsent(unit.getId(), unit);
        }
        for (TreeIterator<EObject> it = unit.eAllContents(); it.hasNext();) {
            if (it.next() instanceof OrgUnit child && child.getId() != null) {
                units.putIfAbsent(child.getId(), child);
            }
        }
    }

    private static String relativePath(Path registerFile, Path bpmnFile) {
        Path dir = registerFile.toAbsolutePath().normalize().getParent();
        Path target = bpmnFile.toAbsolutePath().normalize();
        Path relative = dir.relativize(target);
        return relative.toString().replace('\\', '/');
    }
}
