package org.prozesswerk.muster.tests;

import java.util.List;

import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.core.query.Profiles;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.muster.MusterRegister;
import org.prozesswerk.muster.MusterRegisterGenerator;

/** Generated registers shared by the tests (generation reads all catalogues once per JVM). */
final class Fixture {

    static final CatalogueRegistry REGISTRY = CatalogueRegistry.getDefault();
    static final MusterRegister GK6 = new MusterRegisterGenerator(REGISTRY).generate(SizeClass.GK6);
    static final MusterRegister GK7 = new MusterRegisterGenerator(REGISTRY).generate(SizeClass.GK7);

    private Fixture() {
    }

    static List<ProcessProfile> profiles(ProcessRegister register) {
        return Profiles.all(register);
    }

    static CatalogueReference reference(ProcessProfile profile, String catalogueId) {
        return profile.getCatalogueReferences().stream().filter(r -> catalogueId.equals(r.getCatalogueId()))
                .findFirst().orElse(null);
    }
}
