package org.prozesswerk.core.persistence;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.prozesswerk.core.internal.Messages;
import org.prozesswerk.core.internal.persistence.LoadErrors;
import org.prozesswerk.core.internal.persistence.RegisterBinaryResource;
import org.prozesswerk.core.internal.persistence.RegisterOptions;
import org.prozesswerk.core.internal.persistence.RegisterXmiResource;
import org.prozesswerk.io.AtomicFileWriter;
import org.prozesswerk.model.ProcessRegister;

/**
 * Loads and saves process registers as {@code .pwreg} (XMI) or {@code .pwregb} (EMF binary) files.
 *
 * <p>XMI output is deterministic: saving the same register twice gives identical bytes (UTF-8, "\n", dates in
 * UTC, feature and list order as in the model, ids from the model's id attributes). Saves are atomic and keep the
 * previous file as {@code <name>.bak}. XML is parsed without DTDs or external entities. A register holding control
 * characters (from an older version, {@link ControlCharacters}) is saved as XML 1.1, which keeps them.
 */
public final class RegisterStore {

    private RegisterStore() {
    }

    /** Loads the register in {@code file}, format by extension, into a fresh resource set. */
    public static ProcessRegister load(Path file) throws RegisterLoadException {
        return load(file, null);
    }

    /**
     * As {@link #load(Path)}, feeding {@code digest} as {@link #loadResource(ResourceSet, Path, MessageDigest)}
     * does (the bytes read and parsed).
     */
    public static ProcessRegister load(Path file, MessageDigest digest) throws RegisterLoadException {
        ResourceSet resourceSet = new ResourceSetImpl();
        RegisterResourceFactory.register(resourceSet);
        return (ProcessRegister) loadResource(resourceSet, file, digest).getContents().get(0);
    }

    /**
     * Loads {@code file} into a new resource of {@code resourceSet} whose first root is a {@link ProcessRegister}.
     * If the set already holds a loaded resource for this file, that one is returned. On failure the set is left
     * as it was.
     */
    public static Resource loadResource(ResourceSet resourceSet, Path file) throws RegisterLoadException {
        return loadResource(resourceSet, file, null);
    }

    /**
     * As {@link #loadResource(ResourceSet, Path)}, also feeding {@code digest} (if not {@code null}) with every byte
     * of the file exactly as it was read and parsed (one read, so a file replaced meanwhile cannot give a digest of
     * other bytes than those loaded). The set must not hold a loaded
     * resource for the file yet ({@link IllegalArgumentException}: it would not be read, so nothing could be digested).
     */
    public static Resource loadResource(ResourceSet resourceSet, Path file, MessageDigest digest)
            throws RegisterLoadException {
        RegisterFormat format;
        try {
            format = RegisterFormat.forPath(file);
        } catch (IllegalArgumentException e) {
            throw new RegisterLoadException(file, -1, -1, Messages.get("load.unknownFormat"), e);
        }
        if (!Files.isRegularFile(file)) {
            throw LoadErrors.missing(file, null);
        }
        URI uri = uriOf(file);
        Resource existing = resourceSet.getResource(uri, false);
        if (existing != null && existing.isLoaded() && isRegister(existing)) {
            if (digest != null) {
                throw new IllegalArgumentException(file + " is loaded already; its bytes cannot be digested");
            }
            return existing;
        }
        if (existing != null) {
            resourceSet.getResources().remove(existing);
        }
        // A register from outside must not make us fetch anything: unknown namespaces are not demand-loaded.
        LocalOnlyURIHandler.install(resourceSet, refused -> "not a local resource, not fetched: " + refused);
        Resource resource = RegisterResourceFactory.create(uri, format);
        resourceSet.getResources().add(resource);
        try (InputStream in = digest == null ? new BufferedInputStream(Files.newInputStream(file), 1 << 16)
                : new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), digest)) {
            // the parser closes the stream it reads; the digest must go on to the end of the file
            InputStream parsed = digest == null ? in : new FilterInputStream(in) {
                @Override
                public void close() {
                    // closed by the try
                }
            };
            Map<Object, Object> options;
            if (format == RegisterFormat.XMI) {
                options = RegisterOptions.xmiLoad();
                options.put(RegisterXmiResource.OPTION_EXPECTED_BYTES, Long.valueOf(Files.size(file)));
            } else {
                options = RegisterOptions.binaryLoad();
                options.put(RegisterBinaryResource.OPTION_FILE_BYTES, Long.valueOf(Files.size(file)));
            }
            resource.load(parsed, options);
            if (digest != null) {
                // the digest covers the whole file, also what the parser left unread after the root's end
                in.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException | RuntimeException e) {
            resourceSet.getResources().remove(resource);
            throw LoadErrors.fromThrowable(file, e);
        }
        if (!resource.getErrors().isEmpty()) {
            resourceSet.getResources().remove(resource);
            throw LoadErrors.fromDiagnostics(file, resource.getErrors());
        }
        if (!isRegister(resource)) {
            resourceSet.getResources().remove(resource);
            throw new RegisterLoadException(file, -1, -1, Messages.get("load.notARegister"), null);
        }
        return resource;
    }

    /** Saves {@code register} atomically to {@code file} in the format its extension names. */
    public static void save(ProcessRegister register, Path file) throws IOException {
        RegisterFormat format = RegisterFormat.forPath(file);
        AtomicFileWriter.writeKeepingBackup(file, out -> write(register, format, out));
    }

    /** Saves the contents of {@code resource} atomically to {@code file}; the resource's URI is not changed. */
    public static void save(Resource resource, Path file) throws IOException {
        RegisterFormat format = RegisterFormat.forPath(file);
        AtomicFileWriter.writeKeepingBackup(file, out -> write(resource, format, out));
    }

    /** The bytes a save of {@code register} in {@code format} would write. */
    public static byte[] toBytes(ProcessRegister register, RegisterFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            write(register, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The file URI EMF uses for {@code file}. */
    public static URI uriOf(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    private static boolean isRegister(Resource resource) {
        return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ProcessRegister;
    }

    private static void write(ProcessRegister register, RegisterFormat format, OutputStream out) throws IOException {
        Resource home = register.eResource();
        if (home != null && register.eContainer() == null && home.getContents().size() == 1) {
            write(home, format, out);
        } else if (home == null && register.eContainer() == null) {
            // Attach for the duration of the save only; the caller's object ends up as it was.
            Resource temporary = RegisterResourceFactory.create(URI.createURI("register." + format.extension()),
                    format);
            temporary.getContents().add(register);
            try {
                saveDirectly(temporary, format, out);
            } finally {
                temporary.getContents().clear();
            }
        } else {
            saveCopy(List.of(register), format, out);
        }
    }

    private static void write(Resource resource, RegisterFormat format, OutputStream out) throws IOException {
        boolean ours = format == RegisterFormat.XMI ? resource instanceof RegisterXmiResource
                : resource instanceof BinaryResourceImpl;
        if (ours) {
            saveDirectly(resource, format, out);
        } else {
            // A resource of another kind or format: saving a copy leaves the caller's resource untouched.
            saveCopy(resource.getContents(), format, out);
        }
    }

    private static void saveCopy(Collection<? extends EObject> roots, RegisterFormat format, OutputStream out)
            throws IOException {
        Resource copy = RegisterResourceFactory.create(URI.createURI("register." + format.extension()), format);
        copy.getContents().addAll(EcoreUtil.copyAll(roots));
        saveDirectly(copy, format, out);
    }

    private static void saveDirectly(Resource resource, RegisterFormat format, OutputStream out) throws IOException {
        Map<Object, Object> options = format == RegisterFormat.XMI ? RegisterOptions.xmiSave()
                : RegisterOptions.binarySave();
        if (resource instanceof XMLResource xml) {
            // XML 1.0 cannot hold control characters; a register of an older version may (ControlCharacters): then,
            // and only then, the file is XML 1.1, where they are character references, and nothing is lost.
            xml.setXMLVersion(ControlCharacters.any(resource.getContents()) ? "1.1" : "1.0");
        }
        resource.save(out, options);
    }
}
