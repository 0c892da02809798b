package org.prozesswerk.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.prozesswerk.cli.ProzesswerkCli;

/** The headless application behind {@code ./prozesswerk SUBCOMMAND}: needs no display and opens no workbench. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = ProzesswerkCli.run(args == null ? new String[0] : args, out, err);
        // The Equinox launcher turns this property into the process exit code.
        System.setProperty("eclipse.exitcode", Integer.toString(code));
        return code;
    }

    @Override
    public void stop() {
        // Commands run to completion synchronously; nothing to interrupt.
    }
}
