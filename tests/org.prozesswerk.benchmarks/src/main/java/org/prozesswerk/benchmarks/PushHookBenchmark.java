/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.transport.ReceivePack;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.library.ItemCodec;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.library.ModelMapping;
import org.prozesswerk.library.server.PushPolicy;
import org.prozesswerk.library.server.PushedChanges;
import org.prozesswerk.library.server.RightsPushPolicy;
import org.prozesswerk.library.server.ValidatingHook;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rules.engine.ReferenceResolver;
import org.prozesswerk.rules.engine.RuleSet;

/**
 * The whole pre-receive hook of the library server on a push of 100 items (issue 15: "the server hook adds ≤ 10 ms
 * to a push of 100 items"): {@link ValidatingHook#onPreReceive} exactly as {@code LibraryServer} installs it — the
 * {@link RightsPushPolicy} of the authenticated pusher, then every pushed item read, parsed and checked with the
 * default rule set ({@code Musterprozessregister-Qualität}, with the LeiKa catalogue) — on a bare repository holding
 * {@code rights.json} and 100 realistic items (the first 100 Steckbriefe of the benchmark register, full field fill,
 * as {@code library publish} writes them). The push changes the content of all 100 items; the set-up checks that the
 * hook accepts it (no rights refusal, no error finding), so every item goes through both checks.
 * <p>
 * {@code wholeHook} is the figure of the target; {@code rightsOnly} ({@link RightsPushPolicy#checkContent} alone,
 * as {@link RightsBenchmark#hookOnPushOf100Items}) and {@code rulesOnly} (the same hook with a policy that checks no
 * content) show how it divides. Wall-clock scores under load mostly measure waiting for a core: read the {@code cpu}
 * result of {@link CpuTimeProfiler} beside them (run-benchmarks.sh adds it).
 */
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PushHookBenchmark extends BenchmarkDefaults {

    static final int ITEMS = 100;

    private final RightsPushPolicy rights = new RightsPushPolicy();
    private ValidatingHook whole;
    private ValidatingHook rulesOnly;
    private Path bare;
    private Repository repository;
    private ReceiveCommand push;

    @Setup
    public void setUp() throws IOException {
        CatalogueRegistry catalogues = RuleBenchmarkSupport.catalogues();
        RuleSet rules = RuleBenchmarkSupport.defaultRules(ReferenceResolver.of(catalogues));
        ProcessRegister register = RuleBenchmarkSupport.register("synthetic", ITEMS, catalogues);
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        before.put("rights.json", RightsBenchmark.RIGHTS_JSON);
        after.put("rights.json", RightsBenchmark.RIGHTS_JSON);
        List<ProcessProfile> profiles = new ArrayList<>();
        register.eAllContents().forEachRemaining(o -> {
            if (o instanceof ProcessProfile p) {
                profiles.add(p);
            }
        });
        if (profiles.size() < ITEMS) {
            throw new IllegalStateException("the benchmark register has " + profiles.size() + " Steckbriefe");
        }
        for (int i = 0; i < ITEMS; i++) {
            ProcessProfile profile = profiles.get(i);
            // in work: a content change by a Modellierer is allowed (a released item would be refused)
            profile.setStatus(FimStatus.IN_PROGRESS);
            String id = "stadt-a." + profile.getKey().toLowerCase(Locale.ROOT);
            String path = "items/" + id + '/' + ItemCodec.FILE_NAME;
            before.put(path, ItemCodec.write(new LibraryItem(id, "Stadt A", 1, "CC-BY-4.0",
                    ModelMapping.toSteckbrief(profile, new LinkedHashMap<>()))));
            profile.setShortDescription(profile.getShortDescription() + " Überarbeitet.");
            after.put(path, ItemCodec.write(new LibraryItem(id, "Stadt A", 2, "CC-BY-4.0",
                    ModelMapping.toSteckbrief(profile, new LinkedHashMap<>()))));
        }
        bare = Files.createTempDirectory("push-hook-bench");
        repository = FileRepositoryBuilder.create(bare.resolve("lib.git").toFile());
        repository.create(true);
        push = RightsBenchmark.push(repository, before, after);
        whole = new ValidatingHook(rules, rights, "mia", "lib.git");
        rulesOnly = new ValidatingHook(rules, PushPolicy.MAIN_ONLY, "mia", "lib.git");
        for (ValidatingHook hook : List.of(whole, rulesOnly)) {
            ReceiveCommand result = run(hook);
            if (result.getResult() != ReceiveCommand.Result.NOT_ATTEMPTED) {
                throw new IllegalStateException("the benchmark push must be accepted: " + result.getMessage());
            }
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        repository.close();
        BenchmarkRegisters.delete(bare);
    }

    private ReceiveCommand run(ValidatingHook hook) {
        // a fresh command per push: the hook marks a refused one
        ReceiveCommand command = new ReceiveCommand(push.getOldId(), push.getNewId(), push.getRefName());
        hook.onPreReceive(new ReceivePack(repository), List.of(command));
        return command;
    }

    /** The whole hook as the server runs it: rights of the pusher, then the rule check of every pushed item. */
    @Benchmark
    public ReceiveCommand wholeHook() {
        return run(whole);
    }

    /** The same hook without the rights part: the rule check of every pushed item. */
    @Benchmark
    public ReceiveCommand rulesOnly() {
        return run(rulesOnly);
    }

    /** The rights part alone (one tree walk, the changed items read once, the pusher's rights). */
    @Benchmark
    public List<String> rightsOnly() throws IOException {
        try (PushedChanges changes = PushedChanges.between(repository, push.getOldId(), push.getNewId())) {
            return rights.checkContent("mia", push, changes);
        }
    }
}
