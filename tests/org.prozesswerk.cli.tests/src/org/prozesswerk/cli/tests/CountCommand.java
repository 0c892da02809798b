package org.prozesswerk.cli.tests;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A contributed subcommand whose German help lives in {@code count_de.properties}, English in the annotation. */
@Command(name = "zaehlen", mixinStandardHelpOptions = true, header = "Counts the Steckbriefe of a register.")
public final class CountCommand implements Callable<Integer> {

    /** How many were created: the command line creates a contribution only when it may run or be listed. */
    static final AtomicInteger CREATED = new AtomicInteger();

    public CountCommand() {
        CREATED.incrementAndGet();
    }

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file", description = "Register file.")
    Path file;

    @Option(names = "--folder", paramLabel = "ID", description = "Count only this folder.")
    String folder;

    @Option(names = "--tag", paramLabel = "TAG", description = "Count only Steckbriefe with this tag.")
    String tag;

    @Override
    public Integer call() {
        return 0;
    }
}
