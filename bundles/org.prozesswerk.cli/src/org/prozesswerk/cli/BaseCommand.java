package org.prozesswerk.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every Prozesswerk subcommand has: its picocli spec (for its output streams) and {@code -h}/{@code --help}
 * ({@link HelpOption}, listed after the command's own options). A subcommand extends it and implements
 * {@link #call()}.
 */
public abstract class BaseCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Mixin
    HelpOption help;
}
