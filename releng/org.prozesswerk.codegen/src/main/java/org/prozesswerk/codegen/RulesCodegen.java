/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.mwe2.language.Mwe2StandaloneSetup;
import org.eclipse.emf.mwe2.launch.runtime.Mwe2Runner;

import com.google.inject.Injector;

/**
 * Headless driver for the Xtext generator of the rule language: runs the MWE2 workflow
 * {@code GenerateRules.mwe2} with {@code rootPath} set to the repository root.
 *
 * <p>Usage: {@code RulesCodegen <workflow file> <repository root>}
 *
 * <p>Uses {@link Mwe2Runner} instead of {@code Mwe2Launcher.main}, which ends the JVM with {@code System.exit} on a
 * failure and so would end Maven without a message. A failure here is an exception, which
 * exec-maven-plugin reports and turns into a failed build.
 */
public final class RulesCodegen
{
  private RulesCodegen()
  {
  }

  public static void main(String[] args) throws Exception
  {
    if (args.length != 2)
    {
      throw new IllegalArgumentException("usage: RulesCodegen <workflow file> <repository root>");
    }
    Path workflow = Path.of(args[0]).toAbsolutePath().normalize();
    Path root = Path.of(args[1]).toAbsolutePath().normalize();
    if (!Files.isRegularFile(workflow))
    {
      throw new IllegalArgumentException("workflow not found: " + workflow);
    }
    // Generated text uses the line.separator property: make the output identical on every OS.
    String oldLineSeparator = System.getProperty("line.separator");
    System.setProperty("line.separator", "\n");
    try
    {
      Injector injector = new Mwe2StandaloneSetup().createInjectorAndDoEMFRegistration();
      Mwe2Runner runner = injector.getInstance(Mwe2Runner.class);
      runner.run(URI.createFileURI(workflow.toString()), Map.of("rootPath", root.toString()));
    }
    finally
    {
      System.setProperty("line.separator", oldLineSeparator);
    }
    System.out.println("[codegen] Xtext code of the rule language generated from " + root.relativize(workflow));
  }
}
