/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.BaseCommand;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.RegisterFile;
import org.prozesswerk.cli.Registers;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rules.cli.RuleFiles;
import org.prozesswerk.rules.engine.Finding;
import org.prozesswerk.rules.engine.RegisterValidation;
import org.prozesswerk.rules.engine.RuleSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code prozesswerk validate FILE [--rules RULEFILE...] [--format text|json|junit]}: checks a register against the
 * installed rule sets and the given rule files, exactly as the workbench's "Register prüfen" does. Exit code 0 when
 * there is no error (warnings and infos allowed), 1 when there are errors, 2 for unusable input (also rule files with
 * errors: a broken rule set must not look like a clean register).
 */
@Command(name = "validate", sortOptions = false,
        header = "Check a register with the installed rule sets and your own rule files.",
        description = { "Findings go to standard output; exit code 1 when at least one error was found." })
public final class ValidateCommand extends BaseCommand {

    /** Output formats. */
    enum Format {
        text, json, junit
    }

    @Mixin
    RegisterFile registerFile;

    @Mixin
    RuleFiles rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); junit: one test case per rule.")
    Format format = Format.text;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path register = registerFile.path();
        if (!Files.isRegularFile(register) || !Files.isReadable(register)) {
            throw new CliInputException(NLS.bind(Messages.registerMissing, register));
        }
        RuleSet ruleSet = rules.load(err);
        if (ruleSet.rules().isEmpty()) {
            throw new CliInputException(Messages.noRules);
        }
        ProcessRegister loaded = Registers.load(register);
        List<Finding> findings = RegisterValidation.validate(loaded, ruleSet);
        switch (format) {
            case json -> Reports.json(out, register, ruleSet, findings);
            case junit -> Reports.junit(out, register, ruleSet, findings);
            default -> Reports.text(out, ruleSet, findings);
        }
        out.flush();
        return findings.stream().anyMatch(Finding::isError) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
