/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.cli.BaseCommand;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.GroupCommand;
import org.prozesswerk.cli.HelpOption;
import org.prozesswerk.cli.Registers;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.method.MethodProfile;
import org.prozesswerk.method.MethodProfileApplication;
import org.prozesswerk.method.MethodProfileException;
import org.prozesswerk.method.MethodProfileFile;
import org.prozesswerk.model.ProcessRegister;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code prozesswerk method-profile export|import}: a register's method profile (attribute definitions, hours per
 * full-time equivalent) to a file, and a file applied to another register (docs/method-profile.md). Exit codes: 0
 * done; 2 usage or input error (nothing changed).
 */
@Command(name = "method-profile", sortOptions = false,
        header = "Export a register's method profile to a file, or apply a method profile file to a register.",
        description = { "Subcommands: export, import." },
        subcommands = { MethodProfileCommand.Export.class, MethodProfileCommand.Import.class })
public final class MethodProfileCommand extends GroupCommand {

    @Mixin
    HelpOption help;

    /** {@code method-profile export REGISTER FILE}. */
    @Command(name = "export", header = "Write the method profile of a register to a file (JSON).")
    static final class Export extends BaseCommand {

        @Parameters(index = "0", paramLabel = "REGISTER", descriptionKey = "register", description = "Register file.")
        Path register;

        @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "file",
                description = "The method profile file to write, e.g. land.methodenprofil.json.")
        Path file;

        @Override
        public Integer call() {
            MethodProfile profile = MethodProfile.of(Registers.load(register));
            try {
                MethodProfileFile.write(profile, file);
            } catch (IOException e) {
                throw new CliInputException(NLS.bind(Messages.Export_Failed, file, e.getMessage()), e);
            }
            spec.commandLine().getOut().println(NLS.bind(Messages.Export_Done, new Object[] {
                    profile.attributes().size(), register, file }));
            return ExitCodes.OK;
        }
    }

    /** {@code method-profile import FILE REGISTER}: applies the profile and saves the register. */
    @Command(name = "import", header = "Apply a method profile file to a register (one step) and save the register; "
            + "lists what was not applied.")
    static final class Import extends BaseCommand {

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file", description = "Method profile file.")
        Path file;

        @Parameters(index = "1", paramLabel = "REGISTER", descriptionKey = "register", description = "Register file.")
        Path register;

        @Override
        public Integer call() {
            MethodProfile profile;
            try {
                profile = MethodProfileFile.read(file);
            } catch (MethodProfileException e) {
                throw new CliInputException(e.getMessage(), e);
            }
            AdapterFactoryEditingDomain domain = RegisterEditingDomain.create(new BasicCommandStack());
            ProcessRegister target;
            try {
                target = RegisterEditingDomain.open(domain, register);
            } catch (RegisterLoadException e) {
                throw new CliInputException(e.getMessage(), e);
            }
            MethodProfileApplication application = MethodProfileApplication.plan(domain, target, profile);
            if (application.command().canExecute()) {
                domain.getCommandStack().execute(application.command());
                try {
                    RegisterEditingDomain.save(domain, register);
                } catch (IOException e) {
                    throw new CliInputException(NLS.bind(Messages.Save_Failed, register, e.getMessage()), e);
                }
            }
            spec.commandLine().getOut().println(NLS.bind(Messages.Import_Done, new Object[] { file, register,
                    application.added(), application.changed() }));
            for (String line : application.notApplied()) {
                spec.commandLine().getOut().println(NLS.bind(Messages.Import_NotApplied, line));
            }
            return ExitCodes.OK;
        }
    }
}
