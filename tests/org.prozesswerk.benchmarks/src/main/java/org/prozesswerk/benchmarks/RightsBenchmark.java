package org.prozesswerk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
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
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.prozesswerk.library.ItemCodec;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.library.server.PushedChanges;
import org.prozesswerk.library.server.RightsPushPolicy;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.FolderRight;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.PersonGroup;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.Role;
import org.prozesswerk.model.RoleAssignment;
import org.prozesswerk.rights.Operation;
import org.prozesswerk.rights.RegisterRights;
import org.prozesswerk.rights.RightsCommandStack;
import org.prozesswerk.rights.RightsPolicy;
import org.prozesswerk.rights.Target;

/**
 * Roles and rights (issue 15, docs/roles.md). Targets: a rights check costs ≤ 1 µs in the editing domain, measured
 * as (a) one {@link RightsPolicy#check} of a cached person and (b) the difference between one property change through
 * the {@link RightsCommandStack} and through a plain {@link BasicCommandStack} in the same run; the server hook adds
 * ≤ 10 ms to a push of 100 items ({@link RightsPushPolicy#checkContent} on a bare repository whose push changes 100
 * items). The register: 200 folders (20 × 10), 2,000 Steckbriefe, 100 persons in 10 groups, role assignments and
 * folder rights on every first-level folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g" })
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RightsBenchmark {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    private ProcessRegister guarded;
    private ProcessRegister plain;
    private CommandStack guardedStack;
    private CommandStack plainStack;
    private AdapterFactoryEditingDomain guardedDomain;
    private AdapterFactoryEditingDomain plainDomain;
    private ProcessProfile guardedProfile;
    private ProcessProfile plainProfile;
    private RightsPolicy policy;
    private Target target;
    private int counter;

    private Path bare;
    private Repository repository;
    private ReceiveCommand push;
    private final RightsPushPolicy pushPolicy = new RightsPushPolicy();

    @Setup
    public void setUp() throws IOException {
        guarded = register();
        plain = register();
        RightsCommandStack rights = new RightsCommandStack(() -> "person-13");
        // No item providers needed: the benchmark creates its SetCommands directly.
        guardedDomain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), rights);
        rights.install(guardedDomain);
        attach(guardedDomain, guarded);
        plainDomain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
        attach(plainDomain, plain);
        guardedStack = rights;
        plainStack = plainDomain.getCommandStack();
        guardedProfile = guarded.getRootFolders().get(3).getFolders().get(4).getProfiles().get(5);
        plainProfile = plain.getRootFolders().get(3).getFolders().get(4).getProfiles().get(5);
        policy = RegisterRights.policy(guarded);
        target = RegisterRights.target(guardedProfile);
        if (!policy.check("person-13", Operation.WRITE, target).allowed()) {
            throw new IllegalStateException("the benchmark person must be allowed to write");
        }
        setUpLibrary();
    }

    private static void attach(AdapterFactoryEditingDomain domain, ProcessRegister register) {
        Resource resource = new ResourceImpl(URI.createURI("memory:/" + register.getId() + ".pwreg"));
        domain.getResourceSet().getResources().add(resource);
        resource.getContents().add(register);
    }

    @TearDown
    public void tearDown() throws IOException {
        repository.close();
        BenchmarkRegisters.delete(bare);
    }

    private static ProcessRegister register() {
        ProcessRegister r = F.createProcessRegister();
        r.setId("bench");
        r.setName("Rechte-Benchmark");
        AccessControl ac = F.createAccessControl();
        r.setAccessControl(ac);
        for (int g = 0; g < 10; g++) {
            PersonGroup group = F.createPersonGroup();
            group.setId("group-" + g);
            group.setName("Gruppe " + g);
            ac.getGroups().add(group);
        }
        for (int p = 0; p < 100; p++) {
            Person person = F.createPerson();
            person.setId("p" + p);
            person.setAccount("person-" + p);
            person.setName("Person " + p);
            ac.getPersons().add(person);
            ac.getGroups().get(p % 10).getMembers().add(person);
        }
        int n = 0;
        for (int i = 0; i < 20; i++) {
            Folder top = F.createFolder();
            top.setId("f" + i);
            top.setName("Fachbereich " + i);
            r.getRootFolders().add(top);
            assign(ac, ac.getGroups().get(i % 10), Role.MODELLER, top);
            assign(ac, ac.getGroups().get((i + 1) % 10), Role.RELEASER, top);
            FolderRight right = F.createFolderRight();
            right.setPrincipal(ac.getGroups().get((i + 2) % 10));
            right.setFolder(top);
            right.setRight(AccessRight.READ);
            ac.getFolderRights().add(right);
            for (int j = 0; j < 10; j++) {
                Folder sub = F.createFolder();
                sub.setId("f" + i + '-' + j);
                sub.setName("Sachgebiet " + j);
                top.getFolders().add(sub);
                for (int k = 0; k < 10; k++) {
                    ProcessProfile profile = F.createProcessProfile();
                    profile.setId("s" + n);
                    profile.setKey("PW-" + n++);
                    profile.setName("Steckbrief " + n);
                    profile.setStatus(FimStatus.IN_PROGRESS);
                    sub.getProfiles().add(profile);
                }
            }
        }
        assign(ac, ac.getPersons().get(0), Role.ADMINISTRATOR, null);
        return r;
    }

    private static void assign(AccessControl ac, org.prozesswerk.model.Principal who, Role role, Folder folder) {
        RoleAssignment a = F.createRoleAssignment();
        a.setPrincipal(who);
        a.setRole(role);
        a.setFolder(folder);
        ac.getRoleAssignments().add(a);
    }

    /** The roles of the benchmark libraries: mia models in the publisher folder stadt-a. */
    static final String RIGHTS_JSON = """
            {"format": "prozesswerk-library-rights/1",
             "persons": [{"account": "mia"}, {"account": "red"}],
             "groups": [{"id": "redaktion", "members": ["red"]}],
             "roles": [{"principal": "mia", "role": "MODELLER", "folder": "stadt-a"},
                       {"principal": "red", "role": "ADMINISTRATOR"}],
             "editorialTeam": "redaktion"}
            """;

    /** A bare library with rights.json and 100 items of one publisher; the push changes all 100 items' content. */
    private void setUpLibrary() throws IOException {
        bare = Files.createTempDirectory("rights-bench");
        repository = FileRepositoryBuilder.create(bare.resolve("lib.git").toFile());
        repository.create(true);
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        before.put("rights.json", RIGHTS_JSON);
        after.put("rights.json", RIGHTS_JSON);
        for (int i = 0; i < 100; i++) {
            before.put("items/stadt-a.pw-" + i + "/item.json", item("stadt-a.pw-" + i, "Steckbrief " + i));
            after.put("items/stadt-a.pw-" + i + "/item.json", item("stadt-a.pw-" + i, "Steckbrief " + i + " neu"));
        }
        push = push(repository, before, after);
        if (!hookOnPushOf100Items().isEmpty()) {
            throw new IllegalStateException("the benchmark push must be allowed");
        }
    }

    /**
     * Commits {@code before} as {@code main} and {@code after} on top of it, packs the repository (a pushed history
     * arrives as a pack, not as loose objects) and returns the update of {@code main} from one to the other — what
     * the server's hook sees while the push is received.
     */
    static ReceiveCommand push(Repository repository, Map<String, String> before, Map<String, String> after)
            throws IOException {
        ObjectId old = commit(repository, before, null);
        RefUpdate main = repository.updateRef("refs/heads/main");
        main.setNewObjectId(old);
        main.forceUpdate();
        ObjectId changed = commit(repository, after, old);
        RefUpdate head = repository.updateRef("refs/heads/pushed");
        head.setNewObjectId(changed);
        head.forceUpdate();
        try {
            org.eclipse.jgit.api.Git.wrap(repository).gc().call();
        } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new IOException(e);
        }
        return new ReceiveCommand(old, changed, "refs/heads/main");
    }

    private static String item(String id, String name) {
        LibraryItem.Steckbrief s = new LibraryItem.Steckbrief(id.toUpperCase(), name, null, null, null, null, null,
                FimStatus.IN_PROGRESS.getName(), null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return ItemCodec.write(new LibraryItem(id, "Stadt A", 1, "CC-BY-4.0", s));
    }

    /** A commit of exactly {@code files} (path → UTF-8 text) on top of {@code parent} (null: a root commit). */
    static ObjectId commit(Repository repository, Map<String, String> files, ObjectId parent) throws IOException {
        try (ObjectInserter ins = repository.newObjectInserter()) {
            DirCache dc = DirCache.newInCore();
            DirCacheBuilder b = dc.builder();
            for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
                DirCacheEntry e = new DirCacheEntry(f.getKey());
                e.setFileMode(FileMode.REGULAR_FILE);
                e.setObjectId(ins.insert(Constants.OBJ_BLOB, f.getValue().getBytes(StandardCharsets.UTF_8)));
                b.add(e);
            }
            b.finish();
            CommitBuilder c = new CommitBuilder();
            c.setTreeId(dc.writeTree(ins));
            if (parent != null) {
                c.setParentId(parent);
            }
            PersonIdent who = new PersonIdent("Bench", "bench@example.org");
            c.setAuthor(who);
            c.setCommitter(who);
            c.setMessage("bench");
            ObjectId id = ins.insert(c);
            ins.flush();
            return id;
        }
    }

    /** One rights check of a cached person: the cost per changed object in the editing domain. */
    @Benchmark
    public boolean check() {
        return policy.check("person-13", Operation.WRITE, target).allowed();
    }

    /** One property change through the rights stack (check + editor record). */
    @Benchmark
    public Object setThroughRightsStack() {
        return rename(guardedStack, guardedDomain, guardedProfile);
    }

    /** The same change through a plain stack: the baseline of {@link #setThroughRightsStack}. */
    @Benchmark
    public Object setThroughPlainStack() {
        return rename(plainStack, plainDomain, plainProfile);
    }

    private Object rename(CommandStack stack, AdapterFactoryEditingDomain domain, ProcessProfile profile) {
        if ((counter & 1023) == 0) {
            stack.flush(); // the undo list would otherwise grow without bound
        }
        stack.execute(new SetCommand(domain, profile, ProzesswerkPackage.Literals.PROCESS_PROFILE__NAME,
                "Name " + (counter++ & 1023)));
        return profile.getName();
    }

    /** What the rights part of the server hook adds to a push changing 100 items. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<String> hookOnPushOf100Items() throws IOException {
        try (PushedChanges changes = PushedChanges.between(repository, push.getOldId(), push.getNewId())) {
            return pushPolicy.checkContent("mia", push, changes);
        }
    }
}
