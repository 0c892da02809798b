/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.xsd.ecore.XSDEcoreBuilder;
import org.eclipse.xsd.util.XSDResourceFactoryImpl;

/**
 * Builds the BPMN 2.0 metamodel from the OMG XSDs with {@link XSDEcoreBuilder} and generates its Java code.
 *
 * <p>Usage: {@code BpmnCodegen <bundle dir>}. Reads {@code model/xsd/BPMN20.xsd} (which includes Semantic.xsd and
 * imports BPMNDI.xsd, DI.xsd, DC.xsd), writes {@code model/bpmn20.ecore}, {@code bpmndi.ecore}, {@code di.ecore},
 * {@code dc.ecore} and {@code bpmn.genmodel} (all derived, never edited by hand) and then runs the EMF generator on the
 * genmodel (model code only, no edit code). The builder keeps the schema in ExtendedMetaData annotations, so EMF's XML
 * resource reads and writes documents that follow the schema.
 *
 * <p>Curation applied to the builder output, and nothing else (docs/bpmn.md lists them too):
 * <ol>
 * <li>package names, nsPrefixes and Java packages: {@code org.prozesswerk.bpmn.model} (prefix bpmn),
 * {@code .bpmndi}, {@code .di}, {@code .dc};</li>
 * <li>the {@code t} of the schema's type names is dropped from the Java names ({@code tTask} → {@code Task}); the XML
 * names stay in the ExtendedMetaData annotations, so XML is unaffected;</li>
 * <li>the XSD file locations are made relative in the annotations the builder leaves behind, so the output does not
 * depend on the checkout directory.</li>
 * </ol>
 */
public final class BpmnCodegen
{
  static final String BUNDLE_ID = "org.prozesswerk.bpmn";

  /** namespace → {Ecore package name, nsPrefix, genmodel prefix, ecore file} */
  private static final Map<String, String[]> PACKAGES = new LinkedHashMap<>();
  static
  {
    PACKAGES.put("http://www.omg.org/spec/BPMN/20100524/MODEL", new String[] { "model", "bpmn", "Bpmn", "bpmn20.ecore" });
    PACKAGES.put("http://www.omg.org/spec/BPMN/20100524/DI", new String[] { "bpmndi", "bpmndi", "BpmnDi", "bpmndi.ecore" });
    PACKAGES.put("http://www.omg.org/spec/DD/20100524/DI", new String[] { "di", "di", "Di", "di.ecore" });
    PACKAGES.put("http://www.omg.org/spec/DD/20100524/DC", new String[] { "dc", "dc", "Dc", "dc.ecore" });
  }

  private BpmnCodegen()
  {
  }

  public static void main(String[] args) throws Exception
  {
    if (args.length != 1)
    {
      throw new IllegalArgumentException("usage: BpmnCodegen <org.prozesswerk.bpmn bundle dir>");
    }
    Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
    Path genModel = buildModel(bundle);
    ProzesswerkCodegen.run(genModel, Map.of(BUNDLE_ID, bundle), false);
  }

  /** Derives the .ecore files and the genmodel from the XSDs; returns the genmodel file. */
  static Path buildModel(Path bundle) throws IOException
  {
    Path xsd = bundle.resolve("model/xsd/BPMN20.xsd");
    if (!Files.isRegularFile(xsd))
    {
      throw new IllegalArgumentException("no " + xsd);
    }
    EcorePackage.eINSTANCE.eClass();
    GenModelPackage.eINSTANCE.eClass();
    Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("xsd", new XSDResourceFactoryImpl());

    String oldLineSeparator = System.getProperty("line.separator");
    System.setProperty("line.separator", "\n");
    try
    {
      XSDEcoreBuilder builder = new XSDEcoreBuilder();
      Collection<EObject> built = builder.generate(URI.createFileURI(xsd.toString()));
      Map<String, EPackage> byNamespace = new HashMap<>();
      for (EObject o : built)
      {
        if (o instanceof EPackage p)
        {
          byNamespace.put(p.getNsURI(), p);
        }
      }
      if (!byNamespace.keySet().equals(PACKAGES.keySet()))
      {
        throw new IllegalStateException("expected the packages " + PACKAGES.keySet() + ", the builder made " + byNamespace.keySet());
      }

      String xsdDirUri = URI.createFileURI(bundle.resolve("model/xsd").toString()).toString() + "/";
      ResourceSet out = new ResourceSetImpl();
      out.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
      out.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
      out.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + BUNDLE_ID + "/", false),
          URI.createFileURI(bundle.toString() + "/"));
      out.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("/org.eclipse.emf.ecore/", false),
          ProzesswerkCodegen.ecoreBundleRoot());

      List<EPackage> packages = new ArrayList<>();
      for (Map.Entry<String, String[]> entry : PACKAGES.entrySet())
      {
        EPackage p = byNamespace.get(entry.getKey());
        p.setName(entry.getValue()[0]);
        p.setNsPrefix(entry.getValue()[1]);
        curate(p, xsdDirUri);
        Resource r = out.createResource(URI.createPlatformResourceURI("/" + BUNDLE_ID + "/model/" + entry.getValue()[3], false));
        r.getContents().add(p);
        packages.add(p);
      }

      GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
      genModel.setModelDirectory("/" + BUNDLE_ID + "/src-gen");
      genModel.setModelPluginID(BUNDLE_ID);
      genModel.setModelName("Bpmn");
      genModel.setCopyrightText("Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0\n"
          + "Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.");
      genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
      genModel.setRuntimeVersion(org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion.EMF246);
      genModel.setImporterID("org.eclipse.xsd.ecore.importer");
      genModel.setUpdateClasspath(false);
      genModel.setNonNLSMarkers(true);
      genModel.setOperationReflection(true);
      genModel.setImportOrganizing(true);
      genModel.setCopyrightFields(false);
      genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
      genModel.getForeignModel().add("xsd/BPMN20.xsd");
      genModel.initialize(packages);
      for (GenPackage gp : genModel.getGenPackages())
      {
        String[] names = PACKAGES.get(gp.getEcorePackage().getNsURI());
        gp.setBasePackage("org.prozesswerk.bpmn");
        gp.setPrefix(names[2]);
        // Loading and saving go through the hand-written BpmnResourceFactory: no generated resource classes.
        gp.setResource(GenResourceKind.NONE_LITERAL);
        gp.setDisposableProviderFactory(true);
        // Plain Java initialization: no serialized .ecore inside the jar to load at run time.
        gp.setLoadInitialization(false);
      }
      // XMLType (QName, ID, anyURI, ...) and Ecore (EObject for IDREFs, FeatureMap) come from EMF's own genmodels.
      Resource xmlTypeGen = out.getResource(URI.createPlatformPluginURI("/org.eclipse.emf.ecore/model/XMLType.genmodel", false), true);
      Resource ecoreGen = out.getResource(URI.createPlatformPluginURI("/org.eclipse.emf.ecore/model/Ecore.genmodel", false), true);
      genModel.getUsedGenPackages().add(((GenModel)xmlTypeGen.getContents().get(0)).getGenPackages().get(0));
      genModel.getUsedGenPackages().add(((GenModel)ecoreGen.getContents().get(0)).getGenPackages().get(0));

      Resource genResource = out.createResource(URI.createPlatformResourceURI("/" + BUNDLE_ID + "/model/bpmn.genmodel", false));
      genResource.getContents().add(genModel);

      Map<Object, Object> options = new HashMap<>();
      options.put(XMLResource.OPTION_ENCODING, "UTF-8");
      options.put(XMLResource.OPTION_LINE_WIDTH, 120);
      for (EPackage p : packages)
      {
        p.eResource().save(options);
      }
      genResource.save(options);
      return bundle.resolve("model/bpmn.genmodel");
    }
    finally
    {
      System.setProperty("line.separator", oldLineSeparator);
    }
  }

  private static void curate(EPackage p, String xsdDirUri)
  {
    java.util.Set<String> names = new java.util.HashSet<>();
    p.getEClassifiers().forEach(c -> names.add(c.getName()));
    for (EClassifier c : p.getEClassifiers())
    {
      // The builder capitalizes tTask to TTask (and tGatewayDirection:Object to TGatewayDirectionObject).
      String xmlName = ExtendedMetaData.INSTANCE.getName(c);
      String name = c.getName();
      if (xmlName != null && xmlName.length() > 1 && xmlName.charAt(0) == 't' && Character.isUpperCase(xmlName.charAt(1))
          && name.startsWith("T" + xmlName.charAt(1)))
      {
        String newName = name.substring(1);
        if (!names.add(newName))
        {
          throw new IllegalStateException("renaming " + name + " would clash with " + newName);
        }
        c.setName(newName);
      }
    }
    // The builder records where the schema came from; make that independent of the checkout location.
    for (var it = EcoreUtil.<EObject>getAllContents(p, false); it.hasNext();)
    {
      if (it.next() instanceof EAnnotation a)
      {
        for (Map.Entry<String, String> d : a.getDetails())
        {
          if (d.getValue() != null && d.getValue().contains(xsdDirUri))
          {
            d.setValue(d.getValue().replace(xsdDirUri, ""));
          }
        }
      }
    }
  }
}
