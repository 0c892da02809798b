package org.prozesswerk.bpmn.cli.internal;

import java.util.ArrayList;

import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Puts the help texts of our commands in from {@link Messages} (German or English). picocli resource bundles cannot
 * be used: the CLI gives every subcommand the root command's bundle, which does not know our keys.
 */
public final class Texts implements IModelTransformer {

    @Override
    public CommandSpec transform(CommandSpec spec) {
        switch (spec.name()) {
            case "bpmn" -> spec.usageMessage().header(Messages.Bpmn_Header);
            case "stats" -> {
                spec.usageMessage().header(Messages.Stats_Header);
                describe(spec, "FILE", Messages.Stats_Files);
                describe(spec, "--format", Messages.Stats_Format);
            }
            case "roundtrip" -> {
                spec.usageMessage().header(Messages.Roundtrip_Header);
                describe(spec, "IN", Messages.Roundtrip_In);
                describe(spec, "--out", Messages.Roundtrip_Out);
            }
            default -> {
                // nothing
            }
        }
        return spec;
    }

    private static void describe(CommandSpec spec, String name, String text) {
        for (ArgSpec arg : new ArrayList<>(spec.args())) {
            if (arg instanceof OptionSpec option && option.longestName().equals(name)) {
                spec.remove(option);
                spec.addOption(OptionSpec.builder(option).description(text).build());
            } else if (arg instanceof PositionalParamSpec positional && name.equals(positional.paramLabel())) {
                spec.remove(positional);
                spec.addPositional(PositionalParamSpec.builder(positional).description(text).build());
            }
        }
    }
}
