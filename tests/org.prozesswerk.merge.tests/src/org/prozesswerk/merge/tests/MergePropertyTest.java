package org.prozesswerk.merge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.prozesswerk.generate.SyntheticRegisterGenerator;
import org.prozesswerk.merge.Conflict;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.RegisterCompare;
import org.prozesswerk.merge.Side;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * 10,000 random three-way scenarios: a small synthetic register (SyntheticRegisterGenerator, 4-12 Steckbriefe) as
 * base, random edits of every kind on each side ({@link RandomEdits}), the merge decided OURS for every conflict and
 * applied as a command. Checked against the test's own view of the registers ({@link Snapshot}), not the engine's:
 * <ul>
 * <li>every change made on one side only is in the result;</li>
 * <li>every element or field changed on both sides to different values is reported as a conflict (or, for a feature
 * owned locally, keeps the local value);</li>
 * <li>no reference dangles, every containment is valid, undo restores exactly ({@link Three#apply});</li>
 * <li>merge(base, x, x) = x and merge(base, base, x) = x.</li>
 * </ul>
 */
class MergePropertyTest {

    private static final int SCENARIOS = Integer.getInteger("merge.scenarios", 10_000);
    private static final int BASES = 40;

    @Test
    void randomScenarios() {
        ProcessRegister[] bases = new ProcessRegister[BASES];
        for (int i = 0; i < BASES; i++) {
            bases[i] = prune(SyntheticRegisterGenerator.generate(4 + i % 9, 1000 + i));
        }
        int conflicts = 0;
        int retired = 0;
        for (int s = 0; s < SCENARIOS; s++) {
            SplittableRandom rnd = new SplittableRandom(s);
            ProcessRegister base = bases[s % BASES];
            try {
                int[] figures = scenario(base, rnd);
                conflicts += figures[0];
                retired += figures[1];
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("scenario " + s + ": " + e.getMessage(), e);
            }
        }
        System.out.println("merge property: " + SCENARIOS + " scenarios, " + conflicts + " conflicts, " + retired
                + " Steckbriefe retired");
        // the scenarios must actually exercise conflicts and retirement, or they prove little
        assertTrue(conflicts > SCENARIOS / 4, "conflicts: " + conflicts);
        assertTrue(retired > SCENARIOS / 200, "retired: " + retired);
    }

    private static int[] scenario(ProcessRegister base, SplittableRandom rnd) {
        Three t = new Three(base);
        long oursSeed = rnd.nextLong();
        new RandomEdits(t.ours, new SplittableRandom(oursSeed), "L").apply(1 + rnd.nextInt(6));
        // in a third of the scenarios both sides pick the same elements and edit kinds (with different texts), so
        // that overlapping and identical changes are frequent
        long theirsSeed = rnd.nextInt(3) == 0 ? oursSeed : rnd.nextLong();
        new RandomEdits(t.theirs, new SplittableRandom(theirsSeed), "M").apply(1 + rnd.nextInt(6));

        // merge(base, base, x) = x and merge(base, x, x) = x
        sameAs(base, t.theirs, EcoreUtil.copy(base));
        sameAs(base, t.theirs, EcoreUtil.copy(t.theirs));

        Snapshot b = new Snapshot(base), o = new Snapshot(t.ours), th = new Snapshot(t.theirs);
        MergeResult result = t.analyse();
        Set<String> conflicted = new HashSet<>();
        for (Conflict c : result.conflicts()) {
            conflicted.add(c.elementId());
        }
        t.apply(result, new MergeDecisions().defaultSide(Side.OURS));
        Snapshot merged = new Snapshot(t.ours);
        check(b, o, th, merged, conflicted, result);
        return new int[] { result.conflicts().size(), result.retired().size() };
    }

    /** Keeps the synthetic register small: only folders with Steckbriefe and units in use (with their parents). */
    private static ProcessRegister prune(ProcessRegister r) {
        Set<EObject> keep = new HashSet<>();
        r.eAllContents().forEachRemaining(o -> {
            if (o instanceof ProcessProfile p) {
                for (EObject c = p.eContainer(); c != null; c = c.eContainer()) {
                    keep.add(c);
                }
                for (EObject u : p.eCrossReferences()) {
                    for (EObject c = u; c != null; c = c.eContainer()) {
                        keep.add(c);
                    }
                }
                p.eAllContents().forEachRemaining(v -> v.eCrossReferences().forEach(u -> {
                    for (EObject c = u; c != null; c = c.eContainer()) {
                        keep.add(c);
                    }
                }));
            }
        });
        List<EObject> drop = new ArrayList<>();
        r.eAllContents().forEachRemaining(o -> {
            if ((o instanceof Folder || o instanceof OrgUnit) && !keep.contains(o)) {
                drop.add(o);
            }
        });
        for (EObject o : drop) {
            if (o.eContainer() != null && keep.contains(o.eContainer())) {
                EcoreUtil.remove(o);
            }
        }
        return r;
    }

    /** Merges {@code x} into a copy of {@code oursContent} and expects exactly {@code x}. */
    private static void sameAs(ProcessRegister base, ProcessRegister x, ProcessRegister oursContent) {
        Three holder = new Three(oursContent);
        MergeResult r = ThreeWayMerge.merge(base, holder.ours, x);
        assertTrue(r.conflicts().isEmpty(), () -> "conflicts: " + r.conflicts());
        holder.apply(r, new MergeDecisions());
        assertEquals(List.of(), RegisterCompare.compare(x, holder.ours).stream().map(Object::toString).toList());
    }

    private static void check(Snapshot b, Snapshot o, Snapshot t, Snapshot m, Set<String> conflicted,
            MergeResult result) {
        Set<String> ids = new HashSet<>(b.elements.keySet());
        ids.addAll(o.elements.keySet());
        ids.addAll(t.elements.keySet());
        List<String> failures = new ArrayList<>();
        Set<Object> mergedKeys = new HashSet<>();
        m.elements.values().forEach(e -> {
            mergedKeys.add(e.fields().get("key"));
            mergedKeys.addAll(leikaKeys(e));
        });
        for (String key : ids) {
            String id = key.substring(key.indexOf(':') + 1);
            Snapshot.Elem eb = b.elements.get(key), eo = o.elements.get(key), et = t.elements.get(key),
                    em = m.elements.get(key);
            boolean conflict = conflicted.contains(id);
            if (eb == null) {
                boolean sameKeyKept = "ProcessProfile".equals((eo != null ? eo : et).type())
                        && (mergedKeys.contains((eo != null ? eo : et).fields().get("key"))
                                || leikaKeys(eo != null ? eo : et).stream().anyMatch(mergedKeys::contains));
                if ((eo != null || et != null) && em == null && !conflict && !sameKeyKept) {
                    failures.add("added element lost: " + key);
                }
                continue;
            }
            if (eo == null && et == null) {
                if (em != null) {
                    failures.add("deleted on both sides but present: " + key);
                }
                continue;
            }
            if (eo == null || et == null) {
                Snapshot.Elem kept = eo == null ? et : eo;
                boolean keptChanged = changedIgnoringContainer(eb, kept, eo != null && "ProcessProfile".equals(eb.type()));
                if (eo != null && em == null && keptChanged) {
                    failures.add("locally changed element deleted upstream was lost: " + key);
                }
                if (et != null && keptChanged && !conflict) {
                    failures.add("deleted locally, changed upstream, no conflict: " + key);
                }
                if (eo != null && !keptChanged && em != null && !conflict && !retired(em)) {
                    failures.add("deleted upstream, unchanged locally, still present: " + key);
                }
                continue;
            }
            if (em == null) {
                if (!conflict) {
                    failures.add("element present on both sides lost: " + key);
                }
                continue;
            }
            Set<String> fields = new HashSet<>(eb.fields().keySet());
            fields.addAll(eo.fields().keySet());
            fields.addAll(et.fields().keySet());
            for (String f : fields) {
                Object vb = eb.fields().get(f), vo = eo.fields().get(f), vt = et.fields().get(f),
                        vm = em.fields().get(f);
                boolean co = !Objects.equals(vb, vo), ct = !Objects.equals(vb, vt);
                if (f.equals("container") && retired(em)) {
                    continue;
                }
                if ((ct && !co || co && !ct) && isList(vb)) {
                    Object side = ct ? vt : vo;
                    for (Object x : (List<?>) side) {
                        if (!((List<?>) vb).contains(x) && !((List<?>) vm).contains(x) && !conflicted.contains(x)
                                && (!f.equals("predecessors") || m.elements.containsKey("ProcessProfile:" + x))) {
                            failures.add("one-sided list addition lost: " + key + " " + f + " " + x);
                        }
                    }
                    for (Object x : (List<?>) vb) {
                        if (!((List<?>) side).contains(x) && ((List<?>) vm).contains(x)) {
                            failures.add("one-sided list removal lost: " + key + " " + f + " " + x);
                        }
                    }
                } else if (ct && !co) {
                    if (!Objects.equals(vt, vm) && !conflict && !referencesConflicted(vt, conflicted)) {
                        failures.add("one-sided upstream change lost: " + key + " " + f + " base=" + vb
                                + " theirs=" + vt + " merged=" + vm);
                    }
                } else if (co && !ct) {
                    if (!Objects.equals(vo, vm)) {
                        failures.add("one-sided local change lost: " + key + " " + f + " ours=" + vo + " merged="
                                + vm);
                    }
                } else if (co && ct && !Objects.equals(vo, vt)) {
                    if (Snapshot.isLocal(f)) {
                        if (!Objects.equals(vo, vm)) {
                            failures.add("local field not kept: " + key + " " + f);
                        }
                    } else if (!conflict && !isList(vo)) {
                        failures.add("overlapping change without conflict: " + key + " " + f + " base=" + vb
                                + " ours=" + vo + " theirs=" + vt);
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures + "\nconflicts: " + result.conflicts());
        }
    }

    /** The LeiKa keys of an element (the engine's second business key). */
    private static Set<String> leikaKeys(Snapshot.Elem e) {
        Set<String> keys = new HashSet<>();
        if (e.fields().get("catalogueReferences") instanceof List<?> refs) {
            for (Object r : refs) {
                String[] parts = String.valueOf(r).split("\\|");
                if (parts.length > 2 && parts[1].equals("leika")) {
                    keys.add("leika:" + parts[2]);
                }
            }
        }
        return keys;
    }

    private static boolean isList(Object v) {
        return v instanceof List<?>;
    }

    private static boolean retired(Snapshot.Elem e) {
        Object tags = e.fields().get("tags");
        return tags instanceof List<?> l && l.contains(MergeResult.RETIRED_TAG);
    }

    private static boolean referencesConflicted(Object v, Set<String> conflicted) {
        if (v instanceof String s) {
            int slash = s.lastIndexOf('/');
            return conflicted.contains(s) || slash > 0 && conflicted.contains(s.substring(0, slash));
        }
        return false;
    }

    private static boolean changedIgnoringContainer(Snapshot.Elem b, Snapshot.Elem x, boolean ignoreContainer) {
        for (Map.Entry<String, Object> e : b.fields().entrySet()) {
            if (ignoreContainer && e.getKey().equals("container")) {
                continue;
            }
            if (!Objects.equals(e.getValue(), x.fields().get(e.getKey()))) {
                return true;
            }
        }
        for (String k : x.fields().keySet()) {
            if (!b.fields().containsKey(k)) {
                return true;
            }
        }
        return false;
    }
}
