package org.prozesswerk.catalog.norms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.ProzesswerkFactory;

/** Turns entries of the norms catalogue into model {@link LegalBasis} objects for process profiles. */
public final class LegalBasisFactory {

    private LegalBasisFactory() {
    }

    /**
     * A new, uncontained LegalBasis with abbreviation, paragraph (empty for a whole law), title and link of the norm;
     * {@code sourceCatalogue} is {@value Norms#CATALOGUE_ID}.
     */
    public static LegalBasis create(CatalogueEntry norm) {
        LegalBasis basis = ProzesswerkFactory.eINSTANCE.createLegalBasis();
        basis.setAbbreviation(norm.attribute(Norms.ABBREVIATION));
        basis.setParagraph(norm.attribute(Norms.PARAGRAPH));
        String title = norm.attribute(Norms.TITLE);
        basis.setTitle(title != null ? title : norm.label());
        basis.setUrl(norm.attribute(Norms.URL));
        basis.setSourceCatalogue(Norms.CATALOGUE_ID);
        return basis;
    }

    /** The LegalBasis for a key of the norms catalogue, e.g. "ZPO § 882g"; empty if not installed or unknown. */
    public static Optional<LegalBasis> create(CatalogueRegistry registry, String normKey) {
        return registry.catalogue(Norms.CATALOGUE_ID).flatMap(c -> c.entry(normKey)).map(LegalBasisFactory::create);
    }

    /**
     * The legal bases the LeiKa names for a service: one per cited provision, or per law where the LeiKa cites a
     * law without paragraph. Empty if the norms catalogue is not installed.
     */
    public static List<LegalBasis> forLeikaKey(CatalogueRegistry registry, String leikaKey) {
        List<LegalBasis> result = new ArrayList<>();
        Optional<Catalogue> norms = registry.catalogue(Norms.CATALOGUE_ID);
        if (norms.isEmpty() || leikaKey == null) {
            return result;
        }
        for (CatalogueEntry entry : norms.get().entries()) {
            String keys = entry.attribute(Norms.LEIKA_KEYS);
            if (keys != null && Set.of(keys.split(" ")).contains(leikaKey)
                    && (Norms.KIND_PROVISION.equals(entry.kind()) || citesWholeLaw(norms.get(), entry, leikaKey))) {
                result.add(create(entry));
            }
        }
        return result;
    }

    /** A law entry counts only if none of its provisions is cited by the same service (else it would double up). */
    private static boolean citesWholeLaw(Catalogue norms, CatalogueEntry law, String leikaKey) {
        for (CatalogueEntry provision : norms.children(law.key())) {
            String keys = provision.attribute(Norms.LEIKA_KEYS);
            if (keys != null && Set.of(keys.split(" ")).contains(leikaKey)) {
                return false;
            }
        }
        return true;
    }
}
