package org.prozesswerk.cli.tests;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** A contributed subcommand that fails the way a huge input makes a real one fail (see ProzesswerkCliTest). */
@Command(name = "erschoepfen", header = "Fails with an Error, for the tests of the error handling.")
public final class ExhaustCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "memory, stack or runtime.")
    String kind;

    @Override
    public Integer call() {
        switch (kind) {
            case "memory" -> throw new OutOfMemoryError("Java heap space");
            case "stack" -> throw new StackOverflowError();
            default -> throw new IllegalStateException("kaputt \u001b]0;Titel\u0007 \u0000");
        }
    }
}
