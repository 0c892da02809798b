package org.prozesswerk.ui.catalog;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.catalog.internal.Messages;
import org.prozesswerk.ui.catalog.internal.ReferenceCounts;

/** The details text of a catalogue entry in the browser: its fields, parents, attributes and reference counts. */
final class EntryDetails {

    private EntryDetails() {
    }

    /**
     * Appends the details of {@code ref} to {@code text} (field names bold, in {@code styles}); returns the
     * Steckbriefe of the open registers that reference exactly this entry.
     */
    static List<ProcessProfile> describe(CatalogueEntryRef ref, ReferenceCounts counts, StringBuilder text,
            List<StyleRange> styles) {
        CatalogueEntry entry = ref.entry();
        field(text, styles, Messages.Details_Label, entry.label());
        field(text, styles, Messages.Details_Key, entry.key());
        field(text, styles, Messages.Details_Kind, entry.kind());
        field(text, styles, Messages.Details_Catalogue,
                ref.catalogue().name() + " " + ref.catalogue().version()); //$NON-NLS-1$
        List<CatalogueEntry> parents = ref.catalogue().ancestors(entry.key());
        if (!parents.isEmpty()) {
            StringBuilder chain = new StringBuilder();
            for (CatalogueEntry parent : parents) {
                chain.append(chain.isEmpty() ? "" : " › ").append(parent.label()).append(" (") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(parent.key()).append(')');
            }
            field(text, styles, Messages.Details_Parents, chain.toString());
        }
        for (Map.Entry<String, String> attribute : entry.attributes().entrySet()) {
            field(text, styles, Messages.attribute(attribute.getKey()), attribute.getValue());
        }
        List<ProcessProfile> linked = counts.profiles(ref.catalogue().id(), entry.key());
        field(text, styles, Messages.Details_Linked, format(linked.size()));
        if (!ref.catalogue().children(entry.key()).isEmpty()) {
            Set<ProcessProfile> subtree = counts.profilesInSubtree(ref.catalogue(), entry.key());
            field(text, styles, Messages.Details_LinkedSubtree, format(subtree.size()));
        }
        return linked;
    }

    private static String format(int n) {
        return NumberFormat.getIntegerInstance().format(n);
    }

    private static void field(StringBuilder text, List<StyleRange> styles, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        StyleRange bold = new StyleRange();
        bold.start = text.length();
        bold.length = name.length() + 1;
        bold.fontStyle = SWT.BOLD;
        styles.add(bold);
        text.append(name).append(": ").append(value).append('\n'); //$NON-NLS-1$
    }
}
