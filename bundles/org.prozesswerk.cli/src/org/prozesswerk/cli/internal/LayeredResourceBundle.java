package org.prozesswerk.cli.internal;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A subcommand's own texts over the CLI's common ones. picocli takes one bundle per command; without the layer a
 * contributed command would lose the common headings and the texts of {@code --help}.
 */
final class LayeredResourceBundle extends ResourceBundle {

    private final ResourceBundle own;

    LayeredResourceBundle(ResourceBundle own, ResourceBundle common) {
        this.own = own;
        setParent(common);
    }

    @Override
    protected Object handleGetObject(String key) {
        return own.containsKey(key) ? own.getObject(key) : null;
    }

    /**
     * The common bundle's name. picocli reloads a parent command's texts by base name through its own class loader,
     * which fails inside OSGi; it skips that when the names are equal, and the common texts are our parent anyway.
     */
    @Override
    public String getBaseBundleName() {
        return parent.getBaseBundleName();
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>(Collections.list(own.getKeys()));
        keys.addAll(Collections.list(parent.getKeys()));
        return Collections.enumeration(keys);
    }
}
