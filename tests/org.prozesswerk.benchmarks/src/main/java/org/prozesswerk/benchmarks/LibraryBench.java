/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.generate.SyntheticRegisterGenerator;
import org.prozesswerk.library.ItemCodec;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.library.LibraryLayout;
import org.prozesswerk.library.ModelMapping;
import org.prozesswerk.library.server.LibraryServer;
import org.prozesswerk.library.server.UsersFile;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rules.engine.Finding;
import org.prozesswerk.rules.engine.ReferenceResolver;
import org.prozesswerk.rules.engine.RegisterValidation;
import org.prozesswerk.rules.engine.RuleSet;
import org.prozesswerk.rules.engine.RuleSetLoad;
import org.prozesswerk.rules.engine.RuleSetLoader;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * The library targets of issue 14 (docs/performance.md, "Library on Git"), measured in one JVM against this product's
 * library server ({@link LibraryServer}: Jetty + JGit's GitServlet, basic auth against a PBKDF2 users file, the
 * pre-receive hook validating the pushed items) on loopback over real HTTP. The server root holds the state's library
 * ({@code land.git}, ITEMS items) and BODIES body repositories ({@code body-NNN.git}, ITEMS / BODIES items each).
 * Clients are {@link Library} instances (the code the CLI and the workbench call). Rule set: the default rule set
 * plus {@code library/bench.pwrules}, for the publications and for the server's hook.
 *
 * <p>Each step runs REPS times; the output gives min / median / max (concurrent pushes: median, p95, max over all
 * pushes of all rounds). Run through {@code library/library-bench.sh}; not a JMH benchmark because each step is a
 * seconds-long operation on a changing repository (a clone, a push that changes the library), not a steady state.
 *
 * <pre>java -cp benchmarks.jar org.prozesswerk.benchmarks.LibraryBench WORKDIR BENCH_RULES [ITEMS BODIES ADOPTED PUSHERS REPS]</pre>
 */
public final class LibraryBench {

    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password-1";
    private static final String MODEL = "<?xml version=\"1.0\"?><definitions "
            + "xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>\n";

    private final Path work;
    private final RuleSet rules;
    private final int items;
    private final int bodies;
    private final int adopted;
    private final int pushers;
    private final int reps;
    private final CredentialsProvider credentials = new UsernamePasswordCredentialsProvider(USER, PASSWORD);
    private final PrintStream out = System.out;
    private final List<String> table = new ArrayList<>();
    private String baseUrl;

    private LibraryBench(Path work, RuleSet rules, int items, int bodies, int adopted, int pushers, int reps) {
        this.work = work;
        this.rules = rules;
        this.items = items;
        this.bodies = bodies;
        this.adopted = adopted;
        this.pushers = pushers;
        this.reps = reps;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LibraryBench WORKDIR BENCH_RULES [ITEMS BODIES ADOPTED PUSHERS REPS]");
            System.exit(2);
        }
        Path work = Path.of(args[0]);
        int items = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int bodies = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int adopted = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
        int pushers = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        int reps = args.length > 6 ? Integer.parseInt(args[6]) : 5;
        Files.createDirectories(work);
        new LibraryBench(work, rules(Path.of(args[1])), items, bodies, adopted, pushers, reps).run();
    }

    /** The default rule set and the benchmark's extra rule, as {@code --rules bench.pwrules} adds it. */
    private static RuleSet rules(Path benchRules) {
        RuleSetLoad load = RuleSetLoader.load(List.of(
                URI.createURI(LibraryBench.class.getClassLoader().getResource(RuleBenchmarkSupport.DEFAULT_RULES)
                        .toString()),
                URI.createFileURI(benchRules.toAbsolutePath().toString())), Map.of(),
                ReferenceResolver.of(RuleBenchmarkSupport.catalogues()));
        if (load.hasErrors()) {
            throw new IllegalStateException("rule files: " + load.problems());
        }
        return load.orElseThrow();
    }

    private void run() throws Exception {
        out.printf(Locale.ROOT, "# LibraryBench: %d items, %d body repositories, %d adopted, %d pushers, %d reps; %d cores,"
                + " load %s%n", items, bodies, adopted, pushers, reps, Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).strip());
        Path root = Files.createDirectories(work.resolve("srv"));
        Path users = work.resolve("users.txt");
        UsersFile.setPassword(users, USER, PASSWORD.toCharArray());
        PersonIdent land = new PersonIdent("Land Bench", "land@example.org");
        Library.createBare(root.resolve("land.git"), "Bench", "Land Bench", "CC-BY-4.0", land);

        // The body repositories: each with its share of items, written directly (setup, not measured).
        long t = System.nanoTime();
        int perBody = Math.max(1, items / Math.max(1, bodies));
        for (int b = 1; b <= bodies; b++) {
            String name = String.format(Locale.ROOT, "body-%03d", b);
            Library.createBare(root.resolve(name + ".git"), name, "Amt " + b, "CC-BY-4.0", land);
            ProcessRegister reg = SyntheticRegisterGenerator.generate(perBody, b);
            reg.setPublisher("Amt " + b);
            writeItems(root.resolve(name + ".git"), reg, "Amt " + b);
        }
        out.printf(Locale.ROOT, "setup: %d body repositories of %d items each: %.1f s%n", bodies, perBody,
                seconds(t));

        try (LibraryServer server = LibraryServer.start(new LibraryServer.Settings(root, "127.0.0.1", 0, users, null,
                null, rules, null))) {
            baseUrl = server.baseUri().toString();
            String landUrl = baseUrl + "land.git";

            // The state's library: ITEMS Steckbriefe published in one publication by the land (measured once).
            Path a = Files.createDirectories(work.resolve("a"));
            ProcessRegister registerA = SyntheticRegisterGenerator.generate(items, 42);
            registerA.setPublisher("Land Bench");
            comply(registerA);
            writeModels(a, registerA);
            t = System.nanoTime();
            try (Library lib = Library.cloneFrom(landUrl, a.resolve("lib"), credentials)) {
                Library.Published p = lib.publish(registerA, a.resolve("reg.pwreg"), Steckbriefe.all(registerA),
                        rules, null, land);
                out.printf(Locale.ROOT, "setup: publish %d items in one push (validate + commit + push): %.1f s%n",
                        p.itemIds().size(), seconds(t));
            }

            concurrent("own body repositories (body-NNN.git): each body publishes to its own repository",
                    i -> baseUrl + String.format(Locale.ROOT, "body-%03d.git", i), null);
            clone(landUrl);
            publishOne(landUrl, registerA);
            updateCheck(landUrl, registerA);
            concurrent("one library (land.git): each body publishes its own item; rejected pushes fetch, merge, retry",
                    i -> landUrl, work.resolve("clone-1"));
        }
        out.println();
        out.println("| step | target | wall min | median | max | CPU median (process) | load at end |");
        out.println("|---|---|---:|---:|---:|---:|---|");
        table.forEach(out::println);
        Files.write(work.resolve("results.md"), table, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ the measured steps

    private void clone(String url) throws Exception {
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> reference = new ArrayList<>();
        List<Double> referenceCpu = new ArrayList<>();
        boolean git = gitAvailable();
        for (int r = 1; r <= reps; r++) {
            Path dir = work.resolve("clone-" + r);
            long c = cpuNanos();
            long t = System.nanoTime();
            try (Library lib = Library.cloneFrom(url, dir, credentials)) {
                times.add(seconds(t));
                cpu.add(seconds(c, cpuNanos()));
                if (lib.itemIds().size() < items) {
                    throw new IllegalStateException("clone has " + lib.itemIds().size() + " items");
                }
            }
            if (git) {
                Path ref = work.resolve("git-clone-" + r);
                c = cpuNanos();
                long children = childCpuNanos();
                t = System.nanoTime();
                exec("git", "clone", "-q", url.replace("://", "://" + USER + ':' + PASSWORD + '@'), ref.toString());
                reference.add(seconds(t));
                // the server's work (this JVM) plus the git processes' (children of this JVM, waited for)
                referenceCpu.add(seconds(c, cpuNanos()) + seconds(children, childCpuNanos()));
                delete(ref);
            }
        }
        for (int r = 2; r <= reps; r++) {
            delete(work.resolve("clone-" + r));
        }
        row("clone " + items + " items (`Library.cloneFrom`: fetch + checkout)", "≤ 10 s", times, cpu);
        if (git) {
            row("clone " + items + " items, `git clone` (reference, the floor)", "", reference, referenceCpu);
        }
    }

    private void publishOne(String url, ProcessRegister registerA) throws Exception {
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        ProcessProfile p = Steckbriefe.all(registerA).get(0);
        PersonIdent land = new PersonIdent("Land Bench", "land@example.org");
        try (Library lib = Library.open(work.resolve("clone-1"), credentials)) {
            for (int r = 1; r <= reps; r++) {
                p.setShortDescription("Fassung " + r + " der Kurzbeschreibung");
                long c = cpuNanos();
                long t = System.nanoTime();
                Library.Published result = lib.publish(registerA, work.resolve("a/reg.pwreg"), List.of(p), rules,
                        null, land);
                times.add(seconds(t));
                cpu.add(seconds(c, cpuNanos()));
                if (result.itemIds().size() != 1) {
                    throw new IllegalStateException("expected one published item, got " + result);
                }
            }
        }
        row("publish one item (validate it in the " + items + "-Steckbrief register + commit + push + server hook)",
                "≤ 1 s", times, cpu);
    }

    private void updateCheck(String url, ProcessRegister registerA) throws Exception {
        Path b = Files.createDirectories(work.resolve("b"));
        ProcessRegister registerB = SyntheticRegisterGenerator.generate(0, 3);
        registerB.setPublisher("Stadt B");
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> checkOnly = new ArrayList<>();
        List<Double> checkOnlyCpu = new ArrayList<>();
        try (Library libB = Library.cloneFrom(url, b.resolve("lib"), credentials);
                Library libA = Library.open(work.resolve("a/lib"), credentials)) {
            List<String> ids = libB.itemIds().subList(0, Math.min(adopted, libB.itemIds().size()));
            libB.adopt(registerB, b.resolve("reg.pwreg"), ids, null, null);
            // the land's Steckbriefe of the adopted items (their provenance names the item)
            Map<String, ProcessProfile> byItem = new java.util.HashMap<>();
            for (ProcessProfile p : Steckbriefe.all(registerA)) {
                byItem.put(ModelMapping.provenance(p, ModelMapping.SOURCE_ITEM), p);
            }
            List<ProcessProfile> all = ids.stream().map(byItem::get).toList();
            PersonIdent land = new PersonIdent("Land Bench", "land@example.org");
            for (int r = 1; r <= reps; r++) {
                // the land improves 10 of the adopted items (not measured)
                List<ProcessProfile> changed = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    ProcessProfile p = all.get((r * 10 + i) % all.size());
                    p.setTrigger("Auslöser, Fassung " + r);
                    changed.add(p);
                }
                libA.pull();
                libA.publish(registerA, work.resolve("a/reg.pwreg"), changed, rules, null, land);
                long c = cpuNanos();
                long t = System.nanoTime();
                libB.pull();
                long c2 = cpuNanos();
                long t2 = System.nanoTime();
                List<Library.Update> updates = libB.updates(registerB);
                times.add(seconds(t));
                checkOnly.add(seconds(t2));
                long c3 = cpuNanos();
                cpu.add(seconds(c, c3));
                checkOnlyCpu.add(seconds(c2, c3));
                if (updates.isEmpty()) {
                    throw new IllegalStateException("the update check found no changed item");
                }
            }
        }
        row("update check over " + adopted + " adopted items (pull + `Library.updates`)", "≤ 2 s", times, cpu);
        row("… of which `Library.updates` alone", "", checkOnly, checkOnlyCpu);
    }

    @FunctionalInterface
    private interface UrlOf {
        String url(int pusher);
    }

    /**
     * PUSHERS bodies publish at the same moment (a barrier), 3 rounds; each publication is one item of the body's own
     * one-Steckbrief register, changed every round. Clones of the one library are copies of {@code template}.
     */
    private void concurrent(String label, UrlOf urls, Path template) throws Exception {
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        List<Library> libs = new ArrayList<>();
        List<ProcessRegister> registers = new ArrayList<>();
        Path base = Files.createDirectories(work.resolve(template != null ? "pushers-land" : "pushers-bodies"));
        for (int i = 1; i <= pushers; i++) {
            Path dir = base.resolve("p" + i);
            Files.createDirectories(dir);
            if (template != null) {
                exec("cp", "-a", template.toString(), dir.resolve("lib").toString());
                libs.add(Library.open(dir.resolve("lib"), credentials));
            } else {
                libs.add(Library.cloneFrom(urls.url(i), dir.resolve("lib"), credentials));
            }
            ProcessRegister reg = SyntheticRegisterGenerator.generate(1, 1000 + i);
            reg.setPublisher("Gemeinde " + i);
            for (ProcessProfile p : Steckbriefe.all(reg)) {
                p.getModelReferences().clear();
            }
            comply(reg);
            registers.add(reg);
        }
        int rounds = 3;
        int attemptsTotal = 0;
        int attemptsMax = 0;
        int failed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(pushers);
        long cpuStart = cpuNanos();
        long wallStart = System.nanoTime();
        try {
            for (int round = 1; round <= rounds; round++) {
                CyclicBarrier start = new CyclicBarrier(pushers);
                List<Future<Integer>> futures = new ArrayList<>();
                for (int i = 0; i < pushers; i++) {
                    Library lib = libs.get(i);
                    ProcessRegister reg = registers.get(i);
                    Path regFile = base.resolve("p" + (i + 1)).resolve("reg.pwreg");
                    int n = round;
                    int body = i + 1;
                    futures.add(pool.submit((Callable<Integer>) () -> {
                        ProcessProfile p = Steckbriefe.all(reg).get(0);
                        p.setShortDescription("Runde " + n);
                        lib.pull();
                        start.await();
                        long t = System.nanoTime();
                        try {
                            Library.Published result = lib.publish(reg, regFile, List.of(p), rules, null,
                                    new PersonIdent("Gemeinde " + body, "g" + body + "@example.org"));
                            times.add(seconds(t));
                            return result.attempts();
                        } catch (LibraryException e) {
                            // gave up after its attempts (or another refusal): counted, not timed
                            out.println("publish of body " + body + " failed: " + e.getMessage());
                            return -1;
                        }
                    }));
                }
                for (Future<Integer> f : futures) {
                    int attempts = f.get();
                    if (attempts < 0) {
                        failed++;
                        continue;
                    }
                    attemptsTotal += attempts;
                    attemptsMax = Math.max(attemptsMax, attempts);
                }
            }
        } finally {
            pool.shutdown();
            libs.forEach(Library::close);
        }
        double cpuAll = seconds(cpuStart, cpuNanos());
        double wallAll = seconds(wallStart);
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        table.add(String.format(Locale.ROOT, "| %d concurrent publishes, %s; %d rounds, %d pushes (%d gave up),"
                + " attempts per push mean %.1f, max %d; **p95 %.2f s**; all rounds %.1f s wall | p95 ≤ 2 s | %.2f s"
                + " | %.2f s | %.2f s | %.2f s per push | %s |", pushers, label, rounds, sorted.size(), failed,
                attemptsTotal / (double) sorted.size(), attemptsMax, p95, wallAll, sorted.get(0), median(sorted),
                sorted.get(sorted.size() - 1), cpuAll / (rounds * pushers), load()));
        out.println(table.get(table.size() - 1));
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The synthetic register breaks MPQ-05/06/07 of the default rules on purpose (released without legal basis,
     * trigger, result); a body publishes only what passes, so the benchmark completes those Steckbriefe first and
     * fails if any other error remains.
     */
    private void comply(ProcessRegister register) {
        for (ProcessProfile p : Steckbriefe.all(register)) {
            if (p.getLegalBases().isEmpty()) {
                p.getLegalBases().add(TestRegisters.legalBasis("VwVfG", "§ 1", "Anwendungsbereich"));
            }
            if (p.getTrigger() == null || p.getTrigger().isBlank()) {
                p.setTrigger("Antrag");
            }
            if (p.getResult() == null || p.getResult().isBlank()) {
                p.setResult("Bescheid");
            }
        }
        Map<String, Integer> errors = new java.util.TreeMap<>();
        for (Finding f : RegisterValidation.validate(register, rules)) {
            if (f.isError()) {
                errors.merge(f.ruleId(), 1, Integer::sum);
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the benchmark register still has errors: " + errors);
        }
    }

    /** One commit with the register's Steckbriefe as items (and stub models) on main of a bare library. */
    private static void writeItems(Path bare, ProcessRegister reg, String publisher) throws IOException {
        try (Repository repo = FileRepositoryBuilder.create(bare.toFile()); ObjectInserter ins = repo.newObjectInserter();
                RevWalk rw = new RevWalk(repo)) {
            ObjectId parent = repo.resolve(Constants.R_HEADS + Library.BRANCH);
            DirCache dc = DirCache.newInCore();
            DirCacheBuilder builder = dc.builder();
            builder.addTree(new byte[0], 0, repo.newObjectReader(), rw.parseCommit(parent).getTree());
            ObjectId model = ins.insert(Constants.OBJ_BLOB, MODEL.getBytes(StandardCharsets.UTF_8));
            for (ProcessProfile p : Steckbriefe.all(reg)) {
                String id = LibraryLayout.newItemId(publisher, p.getKey());
                Map<String, String> sources = new LinkedHashMap<>();
                LibraryItem item = new LibraryItem(id, publisher, 1, "CC-BY-4.0", ModelMapping.toSteckbrief(p, sources));
                add(builder, LibraryLayout.itemFile(id), ins.insert(Constants.OBJ_BLOB,
                        ItemCodec.write(item).getBytes(StandardCharsets.UTF_8)));
                for (String path : sources.keySet()) {
                    add(builder, LibraryLayout.itemFolder(id) + '/' + path, model);
                }
            }
            builder.finish();
            CommitBuilder c = new CommitBuilder();
            c.setTreeId(dc.writeTree(ins));
            c.setParentId(parent);
            PersonIdent who = new PersonIdent(publisher, "bench@example.org");
            c.setAuthor(who);
            c.setCommitter(who);
            c.setMessage("Veröffentlicht: " + Steckbriefe.all(reg).size() + " Steckbriefe");
            ObjectId commit = ins.insert(c);
            ins.flush();
            RefUpdate ru = repo.updateRef(Constants.R_HEADS + Library.BRANCH);
            ru.setNewObjectId(commit);
            ru.setExpectedOldObjectId(parent);
            if (ru.update() != RefUpdate.Result.FAST_FORWARD) {
                throw new IOException("could not update main of " + bare);
            }
        }
    }

    private static void add(DirCacheBuilder builder, String path, ObjectId blob) {
        DirCacheEntry e = new DirCacheEntry(path);
        e.setFileMode(FileMode.REGULAR_FILE);
        e.setObjectId(blob);
        builder.add(e);
    }

    /** Stub BPMN files for the generated model references ({@code modelle/<key>.bpmn}). */
    private static void writeModels(Path dir, ProcessRegister reg) throws IOException {
        for (ProcessProfile p : Steckbriefe.all(reg)) {
            for (var m : p.getModelReferences()) {
                Path f = dir.resolve(m.getPath());
                Files.createDirectories(f.getParent());
                Files.writeString(f, MODEL);
            }
        }
    }

    private void row(String step, String target, List<Double> times, List<Double> cpu) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        List<Double> cpuSorted = new ArrayList<>(cpu);
        Collections.sort(cpuSorted);
        table.add(String.format(Locale.ROOT, "| %s | %s | %.2f s | %.2f s | %.2f s | %.2f s | %s |", step, target,
                sorted.get(0), median(sorted), sorted.get(sorted.size() - 1), median(cpuSorted), load()));
        out.println(table.get(table.size() - 1));
    }

    /** CPU time of this JVM (client and in-process server, all threads, GC and JIT included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of this JVM's finished child processes (user + system, from /proc/self/stat), in nanoseconds. */
    private static long childCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 16 and 17 of stat (cutime, cstime) are at 13 and 14 after the command name, in clock ticks
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double seconds(long start, long end) {
        return (end - start) / 1e9;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
