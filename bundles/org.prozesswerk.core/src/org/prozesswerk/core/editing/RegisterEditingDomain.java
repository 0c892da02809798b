package org.prozesswerk.core.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterResourceFactory;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.provider.ProzesswerkItemProviderAdapterFactory;

/**
 * The editing domain of a register, the same headless (CLI, tests) and in the workbench: all changes go through
 * its command stack, so they can be undone, and "dirty" means "command stack not at the save point".
 */
public final class RegisterEditingDomain {

    private RegisterEditingDomain() {
    }

    /** A new domain with the register item providers and a resource set that creates register resources. */
    public static AdapterFactoryEditingDomain create() {
        return create(new BasicCommandStack());
    }

    /** A new domain on {@code commandStack} (the UI may pass a stack that runs on its own thread). */
    public static AdapterFactoryEditingDomain create(CommandStack commandStack) {
        ComposedAdapterFactory adapterFactory = createAdapterFactory();
        AdapterFactoryEditingDomain domain =
                new AdapterFactoryEditingDomain(adapterFactory, commandStack, new HashMap<Resource, Boolean>());
        RegisterResourceFactory.register(domain.getResourceSet());
        return domain;
    }

    /** The adapter factory of the domains: resources, register item providers, reflective fallback. */
    public static ComposedAdapterFactory createAdapterFactory() {
        ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ProzesswerkItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return adapterFactory;
    }

    /** Loads {@code file} into the domain's resource set and returns its register. */
    public static ProcessRegister open(AdapterFactoryEditingDomain domain, Path file) throws RegisterLoadException {
        Resource resource = RegisterStore.loadResource(domain.getResourceSet(), file);
        return (ProcessRegister) resource.getContents().get(0);
    }

    /** The register of the domain: the first root of the first resource that holds one. */
    public static Optional<ProcessRegister> register(EditingDomain domain) {
        return registerResource(domain.getResourceSet()).map(r -> (ProcessRegister) r.getContents().get(0));
    }

    /**
     * Saves the domain's register to {@code file} (atomically, format by extension), points its resource at that
     * file ("save as") and marks the command stack saved.
     *
     * @throws IllegalStateException if the domain holds no register
     */
    public static void save(AdapterFactoryEditingDomain domain, Path file) throws IOException {
        Resource resource = registerResource(domain.getResourceSet())
                .orElseThrow(() -> new IllegalStateException("The editing domain holds no process register"));
        RegisterStore.save(resource, file);
        resource.setURI(RegisterStore.uriOf(file));
        resource.setModified(false);
        if (domain.getCommandStack() instanceof BasicCommandStack stack) {
            stack.saveIsDone();
        }
    }

    /** Whether the register has changes that are not saved. */
    public static boolean isDirty(EditingDomain domain) {
        return domain.getCommandStack() instanceof BasicCommandStack stack && stack.isSaveNeeded();
    }

    private static Optional<Resource> registerResource(ResourceSet resourceSet) {
        for (Resource resource : resourceSet.getResources()) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ProcessRegister) {
                return Optional.of(resource);
            }
        }
        return Optional.empty();
    }
}
