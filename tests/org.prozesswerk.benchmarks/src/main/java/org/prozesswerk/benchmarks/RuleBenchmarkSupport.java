package org.prozesswerk.benchmarks;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.CatalogueSource;
import org.prozesswerk.catalog.KeyValidator;
import org.prozesswerk.catalog.leika.Leika;
import org.prozesswerk.catalog.leika.internal.LeikaLoader;
import org.prozesswerk.generate.SyntheticRegisterGenerator;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rules.engine.ReferenceResolver;
import org.prozesswerk.rules.engine.RuleSet;
import org.prozesswerk.rules.engine.RuleSetLoad;
import org.prozesswerk.rules.engine.RuleSetLoader;
import org.prozesswerk.rules.engine.Violation;
import org.prozesswerk.rules.tests.support.HandWrittenRules;
import org.prozesswerk.rules.tests.support.RandomRegisters;

/**
 * What {@link RuleBenchmark} needs outside OSGi, where no extension registry contributes rule sets or catalogues: the
 * default rule set read from {@code org.prozesswerk.rules.defaults}' files on the class path (the rule language
 * runs on its standalone injector, see {@code RulesInjector}), the LeiKa catalogue built from
 * {@code org.prozesswerk.catalog.leika}'s CSV as its {@code plugin.xml} declares it, the benchmark registers, and the
 * check that the rule set and {@link HandWrittenRules} agree.
 */
final class RuleBenchmarkSupport {

    /** The file the default rule set is contributed with (it imports {@code bedingungen.pwrules} next to it). */
    static final String DEFAULT_RULES = "rules/musterprozessregister-qualitaet.pwrules";

    private RuleBenchmarkSupport() {
    }

    /** The default rule set; fails on any problem the loader reports (syntax, names, types). */
    static RuleSet defaultRules(ReferenceResolver resolver) {
        URL url = resource(DEFAULT_RULES);
        RuleSetLoad load = RuleSetLoader.load(List.of(URI.createURI(url.toString())), Map.of(), resolver);
        if (!load.problems().isEmpty()) {
            throw new IllegalStateException("the default rule set has problems: " + load.problems());
        }
        RuleSet rules = load.orElseThrow();
        if (rules.rules().size() < 20) {
            throw new IllegalStateException("expected the 23 default rules, got " + rules.rules());
        }
        return rules;
    }

    /** A registry holding the LeiKa catalogue as org.prozesswerk.catalog.leika's plugin.xml contributes it. */
    static CatalogueRegistry catalogues() {
        CatalogueRegistry registry = new CatalogueRegistry();
        Catalogue leika = leika();
        registry.addContribution(leika);
        if (leika.load().entries().size() < 1_000) {
            throw new IllegalStateException("LeiKa catalogue not loaded: " + leika.problems());
        }
        return registry;
    }

    /** The LeiKa catalogue as org.prozesswerk.catalog.leika's plugin.xml declares it, not loaded yet (lazy). */
    static Catalogue leika() {
        return new Catalogue(Leika.CATALOGUE_ID, "Leistungskatalog (LeiKa)", "2019", "FIM",
                KeyValidator.pattern("99\\d{12}", "99 + 12 Ziffern"), () -> {
                    try {
                        return new LeikaLoader().load(new ClassPathSource(Leika.CATALOGUE_ID));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * The register a benchmark runs on.
     * <ul>
     * <li>{@code synthetic}: {@link SyntheticRegisterGenerator} (seed of all benchmarks), the realistic case: full
     * field fill, a LeiKa reference on every Steckbrief, OZG references, legal bases, online services, histories as
     * real registers have them, so few rules fire. The generator invents its LeiKa keys, so none of its references
     * would resolve and MPQ-04 would fire on every Steckbrief; a real register references catalogue keys, so each
     * invented key is replaced by a real LeiKa key (the same invented key always by the same real key).</li>
     * <li>{@code random}: {@link RandomRegisters}, the register of the former timed unit test: every rule is
     * broken now and then, many times more violations than in a real register.</li>
     * </ul>
     */
    static ProcessRegister register(String kind, int steckbriefe, CatalogueRegistry catalogues) {
        return switch (kind) {
            case "synthetic" -> withCatalogueKeys(BenchmarkRegisters.generate(steckbriefe), catalogues);
            case "random" -> RandomRegisters.create(4711, steckbriefe);
            default -> throw new IllegalArgumentException("register: synthetic or random, not " + kind);
        };
    }

    private static ProcessRegister withCatalogueKeys(ProcessRegister register, CatalogueRegistry catalogues) {
        List<String> keys = new ArrayList<>();
        for (CatalogueEntry entry : catalogues.catalogue(Leika.CATALOGUE_ID).orElseThrow().entries()) {
            keys.add(entry.key());
        }
        Collections.sort(keys);
        for (TreeIterator<EObject> it = register.eAllContents(); it.hasNext();) {
            if (it.next() instanceof CatalogueReference reference
                    && SyntheticRegisterGenerator.LEIKA.equals(reference.getCatalogueId())) {
                reference.setCatalogueId(Leika.CATALOGUE_ID);
                reference.setKey(keys.get(Math.floorMod(reference.getKey().hashCode(), keys.size())));
                it.prune();
            }
        }
        return register;
    }

    /**
     * Runs both once and fails unless they report the same (rule, element) pairs and count the same checks.
     *
     * @return the number of violations
     */
    static long checkEquivalence(ProcessRegister register, RuleSet rules, ReferenceResolver resolver) {
        Map<String, Set<EObject>> fromDsl = new TreeMap<>();
        long dslChecks = rules.validate(register, (Violation v) -> add(fromDsl, v.ruleId(), v.element()));
        Map<String, Set<EObject>> fromJava = new TreeMap<>();
        HandWrittenRules hand = new HandWrittenRules(resolver);
        hand.validate(register, (rule, element) -> add(fromJava, rule, element));
        if (dslChecks != hand.checks()) {
            throw new IllegalStateException("checks differ: DSL " + dslChecks + ", hand-written " + hand.checks());
        }
        if (!fromDsl.equals(fromJava)) {
            Map<String, String> counts = new HashMap<>();
            fromDsl.forEach((rule, elements) -> counts.put(rule, "DSL " + elements.size()));
            fromJava.forEach((rule, elements) -> counts.merge(rule, "Java " + elements.size(), (a, b) -> a + " " + b));
            throw new IllegalStateException("DSL and hand-written rules find different violations: " + counts);
        }
        long violations = 0;
        for (Set<EObject> elements : fromDsl.values()) {
            violations += elements.size();
        }
        return violations;
    }

    private static void add(Map<String, Set<EObject>> violations, String rule, EObject element) {
        if (!violations.computeIfAbsent(rule, r -> Collections.newSetFromMap(new IdentityHashMap<>())).add(element)) {
            throw new IllegalStateException(rule + " reported twice for one element");
        }
    }

    private static URL resource(String path) {
        URL url = RuleBenchmarkSupport.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is not on the class path");
        }
        return url;
    }

    /** The LeiKa bundle's data files, which the shaded jar carries at its root like the bundle does. */
    private record ClassPathSource(String catalogueId) implements CatalogueSource {

        @Override
        public Optional<String> parameter(String name) {
            return "file".equals(name) ? Optional.of("data/leika_leistungen.csv") : Optional.empty();
        }

        @Override
        public InputStream open(String path) throws IOException {
            InputStream in = RuleBenchmarkSupport.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new FileNotFoundException(path);
            }
            return in;
        }

        @Override
        public Optional<String> validateKey(String key) {
            return Leika.isValidKey(key) ? Optional.empty() : Optional.of("not a LeiKa key: " + key);
        }

        @Override
        public Optional<Catalogue> catalogue(String id) {
            return Optional.empty();
        }
    }
}
