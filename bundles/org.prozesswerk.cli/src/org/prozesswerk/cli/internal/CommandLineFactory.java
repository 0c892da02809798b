package org.prozesswerk.cli.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds the picocli command tree from the built-in root and the contributions to {@code org.prozesswerk.cli.commands}. */
public final class CommandLineFactory {

    static final String MESSAGES = "org.prozesswerk.cli.internal.messages";
    private static final String EXTENSION_POINT = "org.prozesswerk.cli.commands";

    private CommandLineFactory() {
    }

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, null);
    }

    /**
     * Like {@link #create(PrintWriter, PrintWriter)}, but when {@code subcommand} names a contribution, only that one
     * is created: a contribution's class is loaded only for the subcommand that runs, so `prozesswerk version` does
     * not start the bundles (EMF, catalogues, rules) of every other subcommand (issue 19, time to first answer).
     * {@code null}, an option or an unknown name creates all, as help and the error for an unknown name list them.
     */
    public static CommandLine create(PrintWriter out, PrintWriter err, String subcommand) {
        CommandLine root = new CommandLine(new RootCommand());
        Map<String, ResourceBundle> contributedTexts = new LinkedHashMap<>();
        IConfigurationElement[] elements = Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT);
        List<IConfigurationElement> named = Arrays.stream(elements)
                .filter(element -> subcommand != null && subcommand.equals(element.getAttribute("name"))).toList();
        for (IConfigurationElement element : named.isEmpty() ? Arrays.asList(elements) : named) {
            addContribution(root, element, contributedTexts);
        }
        // picocli looks bundles up through its own class loader, which cannot see ours inside OSGi.
        ResourceBundle common = ResourceBundle.getBundle(MESSAGES, Locale.getDefault(),
                CommandLineFactory.class.getClassLoader());
        root.setResourceBundle(common); // also given to every subcommand
        // A contribution's own texts come first; headings, help and version texts still come from the common ones.
        contributedTexts.forEach((name, texts) -> root.getSubcommands().get(name)
                .setResourceBundle(new LayeredResourceBundle(texts, common)));
        root.setOut(out);
        root.setErr(err);
        root.setExitCodeExceptionMapper(e -> ExitCodes.INPUT_ERROR);
        root.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("prozesswerk " + commandLine.getCommandName() + ": " + describe(e));
            // A stack trace helps a developer, not a user: on request only (an internal error says how).
            if (System.getenv("PROZESSWERK_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            } else if (!(e instanceof CliInputException)) {
                commandLine.getErr().println(NLS.bind(Messages.InternalError, e.getClass().getName()));
            }
            return ExitCodes.INPUT_ERROR;
        });
        return root;
    }

    private static void addContribution(CommandLine root, IConfigurationElement element,
            Map<String, ResourceBundle> contributedTexts) {
        String name = element.getAttribute("name");
        String contributor = element.getContributor().getName();
        try {
            Object command = element.createExecutableExtension("class");
            Command annotation = command.getClass().getAnnotation(Command.class);
            if (!(command instanceof Callable<?>) || annotation == null || !name.equals(annotation.name())) {
                ILog.of(CommandLineFactory.class).error(contributor + ": subcommand '" + name
                        + "' must be a @Command(name = \"" + name + "\") implementing Callable<Integer>");
                return;
            }
            if (root.getSubcommands().containsKey(name)) {
                ILog.of(CommandLineFactory.class).error(contributor + ": subcommand '" + name
                        + "' is contributed twice; keeping the first");
                return;
            }
            root.addSubcommand(name, command);
            String messages = element.getAttribute("messages");
            if (messages != null && !messages.isBlank()) {
                try {
                    contributedTexts.put(name, ResourceBundle.getBundle(messages, Locale.getDefault(),
                            command.getClass().getClassLoader()));
                } catch (MissingResourceException e) {
                    ILog.of(CommandLineFactory.class).error(contributor + ": subcommand '" + name
                            + "' names the texts '" + messages + "', which its bundle does not contain", e);
                }
            }
        } catch (CoreException e) {
            ILog.of(CommandLineFactory.class).log(e.getStatus());
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : message;
    }
}
