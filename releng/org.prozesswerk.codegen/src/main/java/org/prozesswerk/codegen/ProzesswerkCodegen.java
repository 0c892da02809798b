/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.codegen;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Headless driver for the EMF code generator (org.eclipse.emf.codegen.ecore), no OSGi, no workspace.
 *
 * <p>Usage: {@code ProzesswerkCodegen [--model-only] <genmodel file> <bundleId>=<bundle dir>...}
 * ({@code --model-only} for a genmodel without an edit plugin, e.g. the diagram notation).
 *
 * <p>Every bundle id is mapped to its directory as {@code platform:/resource/<bundleId>/}, the way an Eclipse
 * workspace would see it, so the genmodel's {@code modelDirectory}/{@code editDirectory} resolve to the bundles.
 * The src-gen folders named by the genmodel are deleted first, so the output depends on the genmodel alone and
 * classes removed from the model disappear. Files outside src-gen are left to the generator's own rules:
 * MANIFEST.MF and build.properties are only created when missing ({@code updateClasspath="false"}), plugin.xml
 * keeps hand-written extensions (only the generator's own extensions are rewritten), plugin.properties is merged,
 * existing icons are kept.
 */
public final class ProzesswerkCodegen
{
  private ProzesswerkCodegen()
  {
  }

  public static void main(String[] args) throws Exception
  {
    boolean modelOnly = args.length > 0 && args[0].equals("--model-only");
    int first = modelOnly ? 1 : 0;
    if (args.length < first + 2)
    {
      throw new IllegalArgumentException("usage: ProzesswerkCodegen [--model-only] <genmodel file> <bundleId>=<bundle dir>...");
    }
    Map<String, Path> bundles = new LinkedHashMap<>();
    for (int i = first + 1; i < args.length; i++)
    {
      int eq = args[i].indexOf('=');
      if (eq <= 0)
      {
        throw new IllegalArgumentException("expected <bundleId>=<dir>, got " + args[i]);
      }
      bundles.put(args[i].substring(0, eq), Path.of(args[i].substring(eq + 1)).toAbsolutePath().normalize());
    }
    run(Path.of(args[first]).toAbsolutePath().normalize(), bundles, !modelOnly);
  }

  /** Generates the model code, and the edit code too if {@code withEdit}. */
  static void run(Path genModelFile, Map<String, Path> bundles, boolean withEdit) throws IOException
  {
    // Generated text uses the line.separator property: make the output identical on every OS.
    String oldLineSeparator = System.getProperty("line.separator");
    System.setProperty("line.separator", "\n");
    try
    {
      generate(genModelFile, bundles, withEdit);
    }
    finally
    {
      System.setProperty("line.separator", oldLineSeparator);
    }
  }

  private static void generate(Path genModelFile, Map<String, Path> bundles, boolean withEdit) throws IOException
  {
    // Standalone registrations that the Eclipse extension registry would do.
    EcorePackage.eINSTANCE.eClass();
    GenModelPackage.eINSTANCE.eClass();
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
        GenModelGeneratorAdapterFactory.DESCRIPTOR);

    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());

    Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
    String genModelPath = null;
    for (Map.Entry<String, Path> bundle : bundles.entrySet())
    {
      Path dir = bundle.getValue();
      uriMap.put(URI.createPlatformResourceURI("/" + bundle.getKey() + "/", false), directoryUri(dir));
      if (genModelFile.startsWith(dir))
      {
        genModelPath = "/" + bundle.getKey() + "/" + dir.relativize(genModelFile).toString().replace(File.separatorChar, '/');
      }
    }
    if (genModelPath == null)
    {
      throw new IllegalArgumentException(genModelFile + " is not inside any of the bundles " + bundles.values());
    }
    // Serve platform:/plugin/org.eclipse.emf.ecore/ from the org.eclipse.emf.ecore jar (it contains model/Ecore.genmodel),
    // for a genmodel that lists Ecore's GenPackage in usedGenPackages. Ours deliberately does not: that would make the
    // edit plugin depend on org.eclipse.emf.ecore.edit, which the target platform does not have. EMF then derives an
    // Ecore GenPackage on the fly for EString, EDate, ...
    URI ecoreJar = ecoreBundleRoot();
    uriMap.put(URI.createPlatformPluginURI("/org.eclipse.emf.ecore/", false), ecoreJar);
    uriMap.put(URI.createPlatformResourceURI("/org.eclipse.emf.ecore/", false), ecoreJar);

    Resource resource = resourceSet.getResource(URI.createPlatformResourceURI(genModelPath, false), true);
    GenModel genModel = (GenModel)resource.getContents().get(0);
    EcoreUtil.resolveAll(resourceSet);
    for (Resource r : resourceSet.getResources())
    {
      if (!r.getErrors().isEmpty())
      {
        throw new IllegalStateException("cannot load " + r.getURI() + ": " + r.getErrors());
      }
    }

    genModel.reconcile();
    genModel.setCanGenerate(true);
    report("genmodel validation", genModel.diagnose(), "the genmodel is invalid");

    List<String> sourceFolders = withEdit ? List.of(genModel.getModelDirectory(), genModel.getEditDirectory())
        : List.of(genModel.getModelDirectory());
    for (String sourceFolder : sourceFolders)
    {
      cleanSourceFolder(sourceFolder, bundles);
    }

    Generator generator = new Generator();
    generator.getOptions().resourceSet = resourceSet;
    generator.setInput(genModel);

    BasicDiagnostic result = new BasicDiagnostic();
    String[] projectTypes = withEdit
        ? new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }
        : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE };
    for (String projectType : projectTypes)
    {
      System.out.println("[codegen] generating " + projectType + " code");
      result.add(generator.generate(genModel, projectType, new BasicMonitor()));
    }
    report("code generation", result, "code generation failed");
    // The generator logs some I/O failures instead of reporting them: at least make sure the code is there.
    for (String sourceFolder : sourceFolders)
    {
      requireJavaFiles(sourceFolder, bundles);
    }
    System.out.println("[codegen] done: " + genModel.getModelDirectory() + (withEdit ? ", " + genModel.getEditDirectory() : ""));
  }

  /** Deletes a workspace-relative folder such as {@code /org.prozesswerk.model/src-gen}, which must be a bundle's. */
  private static void cleanSourceFolder(String workspacePath, Map<String, Path> bundles) throws IOException
  {
    String[] segments = workspacePath.replaceAll("^/+", "").split("/", 2);
    Path bundle = bundles.get(segments[0]);
    if (bundle == null || segments.length < 2 || segments[1].isBlank())
    {
      throw new IllegalStateException("refusing to clean " + workspacePath + ": not a folder inside a mapped bundle");
    }
    Path folder = bundle.resolve(segments[1]).normalize();
    if (!folder.startsWith(bundle) || folder.equals(bundle) || !folder.getFileName().toString().equals("src-gen"))
    {
      throw new IllegalStateException("refusing to clean " + folder + ": only src-gen folders are regenerated from scratch");
    }
    if (Files.exists(folder))
    {
      try (Stream<Path> walk = Files.walk(folder))
      {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> {
          try
          {
            Files.delete(p);
          }
          catch (IOException e)
          {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  private static void requireJavaFiles(String workspacePath, Map<String, Path> bundles) throws IOException
  {
    String[] segments = workspacePath.replaceAll("^/+", "").split("/", 2);
    Path folder = bundles.get(segments[0]).resolve(segments[1]);
    try (Stream<Path> walk = Files.exists(folder) ? Files.walk(folder) : Stream.empty())
    {
      if (walk.noneMatch(p -> p.toString().endsWith(".java")))
      {
        throw new IllegalStateException("no Java code was generated into " + folder);
      }
    }
  }

  private static URI directoryUri(Path dir)
  {
    return URI.createFileURI(dir.toString() + File.separator);
  }

  static URI ecoreBundleRoot()
  {
    try
    {
      Path location = Path.of(EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location))
      {
        return directoryUri(location);
      }
      return URI.createURI("archive:" + URI.createFileURI(location.toString()) + "!/");
    }
    catch (URISyntaxException e)
    {
      throw new IllegalStateException(e);
    }
  }

  /** Prints what {@code diagnostic} says about step {@code what}; an error stops the run with {@code failure}. */
  private static void report(String what, Diagnostic diagnostic, String failure)
  {
    if (diagnostic.getSeverity() == Diagnostic.OK)
    {
      return;
    }
    System.out.println("[codegen] " + what + ": " + severity(diagnostic.getSeverity()));
    print(diagnostic, "  ");
    if (diagnostic.getSeverity() >= Diagnostic.ERROR)
    {
      throw new IllegalStateException(failure + ", see the messages above");
    }
  }

  private static void print(Diagnostic diagnostic, String indent)
  {
    for (Diagnostic child : diagnostic.getChildren())
    {
      System.out.println("[codegen]" + indent + severity(child.getSeverity()) + ": " + child.getMessage()
          + (child.getException() != null ? " (" + child.getException() + ")" : ""));
      print(child, indent + "  ");
    }
  }

  private static String severity(int severity)
  {
    return switch (severity)
    {
      case Diagnostic.OK -> "OK";
      case Diagnostic.INFO -> "INFO";
      case Diagnostic.WARNING -> "WARNING";
      case Diagnostic.CANCEL -> "CANCEL";
      default -> "ERROR";
    };
  }
}
