/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.rules.cli.internal.Messages;
import org.prozesswerk.rules.engine.ReferenceResolver;
import org.prozesswerk.rules.engine.RuleProblem;
import org.prozesswerk.rules.engine.RuleSet;
import org.prozesswerk.rules.engine.RuleSetLoad;
import org.prozesswerk.rules.engine.RuleSets;

import picocli.CommandLine.Option;

/**
 * The rules a subcommand checks with, as a picocli mixin ({@code @Mixin RuleFiles rules;}): the installed rule sets
 * unless {@code --no-default-rules}, and the files of {@code --rules}. Used by {@code validate}, {@code library publish}
 * and {@code library serve}, so that all three load the same rules the same way. The option texts are the command's
 * {@code rules} and {@code no-default-rules} keys.
 */
public final class RuleFiles {

    @Option(names = "--rules", paramLabel = "RULEFILE", arity = "1..*",
            description = "More rule files (.pwrules); their imports are loaded too.")
    List<Path> ruleFiles = new ArrayList<>();

    @Option(names = "--no-default-rules", description = "Apply only the rules given with --rules.")
    boolean noDefaultRules;

    /**
     * Loads the rules; the problems of the rule files are printed on {@code err}.
     *
     * @throws CliInputException when a rule file is missing or has errors (exit 2: broken rules must not look like
     *                           a clean register)
     */
    public RuleSet load(PrintWriter err) {
        List<URI> files = new ArrayList<>();
        for (Path file : ruleFiles) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new CliInputException(NLS.bind(Messages.rulesMissing, file));
            }
            files.add(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
        }
        RuleSetLoad load = RuleSets.load(noDefaultRules ? List.of() : RuleSets.contributed(), files,
                ReferenceResolver.catalogues());
        for (RuleProblem problem : load.problems()) {
            err.println(problem);
        }
        if (load.hasErrors()) {
            throw new CliInputException(Messages.rulesInvalid);
        }
        return load.orElseThrow();
    }
}
