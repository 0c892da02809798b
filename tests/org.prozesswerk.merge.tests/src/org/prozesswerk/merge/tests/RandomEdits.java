package org.prozesswerk.merge.tests;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * Random edits of a register, from every kind of edit a register sees: Steckbrief added, deleted, renamed, field
 * changed, local field changed (case volume, status, responsible unit), moved to another folder, predecessor added,
 * tag added; legal basis added, removed, changed; folder added, renamed, moved, deleted (with its content); org unit
 * renamed, re-parented, deleted (when unused). Deterministic for a seed.
 */
final class RandomEdits {

    static final int KINDS = 19;
    private static final String[] LAWS = { "BauGB", "BMG", "GewO", "PAuswG", "VwVfG" };

    private final ProcessRegister r;
    private final SplittableRandom rnd;
    private final String side;
    private int counter;

    RandomEdits(ProcessRegister register, SplittableRandom rnd, String side) {
        this.r = register;
        this.rnd = rnd;
        this.side = side;
    }

    void apply(int edits) {
        for (int i = 0; i < edits; i++) {
            edit(rnd.nextInt(KINDS));
        }
    }

    private <T> T pick(List<T> list) {
        return list.isEmpty() ? null : list.get(rnd.nextInt(list.size()));
    }

    private List<Folder> folders() {
        return TestRegisters.contents(r, Folder.class);
    }

    private List<OrgUnit> units() {
        return TestRegisters.contents(r, OrgUnit.class);
    }

    private String text(String what) {
        return what + " " + side + " " + (++counter) + "-" + rnd.nextInt(3);
    }

    void edit(int kind) {
        ProcessProfile p = pick(Three.profiles(r));
        switch (kind) {
            case 0 -> {
                if (p != null) {
                    p.setName(text("Name"));
                }
            }
            case 1 -> {
                if (p != null) {
                    p.setTrigger(rnd.nextBoolean() ? "Antrag" : text("Auslöser"));
                }
            }
            case 2 -> {
                if (p != null) {
                    p.setCaseVolumePerYear(rnd.nextInt(5000));
                }
            }
            case 3 -> {
                if (p != null) {
                    p.setStatus(FimStatus.get(1 + rnd.nextInt(8)));
                }
            }
            case 4 -> {
                if (p != null) {
                    p.setResponsibleUnit(pick(units()));
                }
            }
            case 5 -> {
                Folder f = pick(folders());
                if (p != null && f != null) {
                    f.getProfiles().add(p);
                }
            }
            case 6 -> {
                ProcessProfile q = pick(Three.profiles(r));
                if (p != null && q != null && p != q && !p.getPredecessors().contains(q)) {
                    p.getPredecessors().add(q);
                }
            }
            case 7 -> {
                String tag = "tag-" + rnd.nextInt(4);
                if (p != null && !p.getTags().contains(tag)) {
                    p.getTags().add(tag);
                }
            }
            case 8 -> {
                if (p != null) {
                    LegalBasis l = SmallRegister.legal(LAWS[rnd.nextInt(LAWS.length)], "§ " + rnd.nextInt(4),
                            text("Titel"));
                    boolean exists = p.getLegalBases().stream().anyMatch(x -> x.getAbbreviation()
                            .equals(l.getAbbreviation()) && x.getParagraph().equals(l.getParagraph()));
                    if (!exists) {
                        p.getLegalBases().add(l);
                    }
                }
            }
            case 9 -> {
                if (p != null && !p.getLegalBases().isEmpty()) {
                    p.getLegalBases().remove(rnd.nextInt(p.getLegalBases().size()));
                }
            }
            case 10 -> {
                if (p != null && !p.getLegalBases().isEmpty()) {
                    pick(p.getLegalBases()).setTitle(text("Titel"));
                }
            }
            case 11 -> {
                Folder f = pick(folders());
                if (f != null) {
                    // a new Steckbrief; sometimes with a key the other side may add too (added twice)
                    String key = rnd.nextInt(3) == 0 ? "DUP-" + rnd.nextInt(3) : "NEU-" + side + "-" + (++counter);
                    if (Three.profiles(r).stream().noneMatch(x -> key.equals(x.getKey()))) {
                        ProcessProfile n = SmallRegister.profile(UUID.nameUUIDFromBytes((side + counter + key
                                + rnd.nextLong()).getBytes()).toString(), key, text("Neu"), "99" + rnd.nextLong(
                                        100_000_000_000L, 999_999_999_999L), pick(units()));
                        f.getProfiles().add(n);
                    }
                }
            }
            case 12 -> {
                if (p != null) {
                    EcoreUtil.delete(p, true);
                }
            }
            case 13 -> {
                Folder f = pick(folders());
                if (f != null) {
                    f.setName(text("Ordner"));
                }
            }
            case 14 -> {
                Folder f = pick(folders());
                Folder to = pick(folders());
                if (f != null && to != null && f != to && !EcoreUtil.isAncestor(f, to)) {
                    to.getFolders().add(f);
                }
            }
            case 15 -> {
                Folder f = pick(folders());
                if (f != null && rnd.nextInt(3) == 0) {
                    EcoreUtil.delete(f, true); // with its Steckbriefe
                }
            }
            case 16 -> {
                Folder parent = pick(folders());
                Folder n = SmallRegister.folder("F-" + side + "-" + (++counter), text("Neuer Ordner"));
                if (parent == null) {
                    r.getRootFolders().add(n);
                } else {
                    parent.getFolders().add(n);
                }
            }
            case 17 -> {
                OrgUnit u = pick(units());
                OrgUnit to = pick(units());
                if (u != null && to != null && u != to && !EcoreUtil.isAncestor(u, to)) {
                    if (rnd.nextBoolean()) {
                        to.getChildren().add(u);
                    } else {
                        u.setName(text("Einheit"));
                    }
                }
            }
            case 18 -> {
                OrgUnit u = pick(units());
                if (u != null && u.getChildren().isEmpty() && !used(u)) {
                    EcoreUtil.delete(u, true);
                }
            }
            default -> throw new IllegalArgumentException();
        }
    }

    private boolean used(OrgUnit u) {
        for (var it = r.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            for (var ref : o.eClass().getEAllReferences()) {
                if (!ref.isContainment() && !ref.isContainer() && !ref.isMany() && o.eGet(ref) == u) {
                    return true;
                }
            }
        }
        return false;
    }
}
