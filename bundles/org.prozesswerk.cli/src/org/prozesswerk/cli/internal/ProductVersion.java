package org.prozesswerk.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** The version lines shown by {@code --version} and {@code version}. */
public final class ProductVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Bundle bundle = FrameworkUtil.getBundle(ProductVersion.class);
        String version = bundle == null ? "unknown" : bundle.getVersion().toString();
        return new String[] {
                "Prozesswerk " + version,
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                "OS " + System.getProperty("os.name") + " " + System.getProperty("os.arch") };
    }
}
