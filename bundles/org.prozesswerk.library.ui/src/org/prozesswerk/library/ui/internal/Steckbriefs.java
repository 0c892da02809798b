/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import java.util.List;
import java.util.MissingResourceException;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.provider.ProzesswerkEditPlugin;
import org.prozesswerk.library.ModelMapping;

/** How the view shows a library item: enum labels as the editors name them, and the Steckbrief as text. */
final class Steckbriefs {

    private Steckbriefs() {
    }

    /** The German (or English) label of an enum literal name of the model, e.g. FimStatus DRAFT → „Entwurf“. */
    static String label(String enumType, String literalName) {
        if (literalName == null) {
            return null;
        }
        try {
            return ProzesswerkEditPlugin.INSTANCE.getString("_UI_" + enumType + "_" + literalName + "_literal");
        } catch (MissingResourceException e) {
            return literalName;
        }
    }

    static String status(LibraryItem item) {
        return label("FimStatus", item.steckbrief().fimStatus());
    }

    /** The Steckbrief preview: the travelling fields, one per line, empty ones left out. */
    static String preview(LibraryItem item) {
        LibraryItem.Steckbrief s = item.steckbrief();
        StringBuilder b = new StringBuilder();
        line(b, Messages.fieldName, s.name());
        line(b, Messages.fieldKey, s.key());
        line(b, Messages.fieldPublisher, item.publisher());
        line(b, Messages.fieldVersion, String.valueOf(item.version()));
        line(b, Messages.fieldLicence, item.licence());
        line(b, Messages.fieldStatus, status(item));
        line(b, Messages.fieldType, label("ProcessType", s.processType()));
        line(b, Messages.fieldShort, s.shortDescription());
        line(b, Messages.fieldTrigger, s.trigger());
        line(b, Messages.fieldResult, s.result());
        line(b, Messages.fieldCatalogue, join(s.catalogueReferences().stream().map(c -> c.catalogue() + " " + c.key()
                + (c.label() == null ? "" : " (" + c.label() + ")")).toList()));
        line(b, Messages.fieldLegal, join(s.legalBases().stream().map(l -> String.join(" ", nonNull(l.paragraph(),
                l.abbreviation(), l.title()))).toList()));
        line(b, Messages.fieldContexts, join(s.contexts().stream().map(c -> c.name()).toList()));
        line(b, Messages.fieldModels, join(s.models().stream().map(m -> m.path()).toList()));
        line(b, Messages.fieldTags, join(s.tags()));
        if (s.description() != null && !s.description().isBlank()) {
            b.append('\n').append(s.description()).append('\n');
        }
        return b.toString();
    }

    private static List<String> nonNull(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }

    private static void line(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append(NLS.bind(Messages.fieldLine, label, value)).append('\n');
        }
    }

    /** A register holding the item as its one Steckbrief (for the compare of two versions). */
    static ProcessRegister asRegister(LibraryItem item) {
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        register.setId("library-item");
        register.setName(item.id());
        ProcessProfile p = ProzesswerkFactory.eINSTANCE.createProcessProfile();
        p.setId(item.id());
        register.getUnfiledProfiles().add(p);
        ModelMapping.apply(item.steckbrief(), p, register, path -> path);
        return register;
    }
}
