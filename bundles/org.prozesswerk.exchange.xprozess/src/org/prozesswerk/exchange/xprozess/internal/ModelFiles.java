package org.prozesswerk.exchange.xprozess.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.xprozess.XProzessLimits;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkFactory;
import org.w3c.dom.Element;

/**
 * The files of a {@code prozessmodell}: base64 of a ZIP, unpacked within {@link XProzessLimits}; the first model
 * is written to {@code <modelFolder>/<key>.bpmn} next to the register and referenced, attachments are reported.
 */
public final class ModelFiles {

    private final ImportRequest request;
    private final String modelFolder;
    private final XProzessLimits limits;
    private final ImportLedger ledger;

    public ModelFiles(ImportRequest request, String modelFolder, XProzessLimits limits, ImportLedger ledger) {
        this.request = request;
        this.modelFolder = modelFolder;
        this.limits = limits;
        this.ledger = ledger;
    }

    public void models(ProcessProfile profile, Element prozessmodell) throws ExchangeException, IOException {
        if (prozessmodell == null) {
            return;
        }
        boolean first = true;
        for (Element datei : Dom.children(prozessmodell, "prozessmodelldatei")) {
            List<SafeZip.Entry> entries = unpack(datei);
            SafeZip.Entry model = entries.get(0);
            if (!first) {
                ledger.skip(datei, Dom.text(datei, "dateiname"),
                        NLS.bind(Messages.Import_Attachment, model.name(), model.content().length));
                continue;
            }
            first = false;
            for (int i = 1; i < entries.size(); i++) {
                ledger.report().skipped(ElementPath.of(datei), entries.get(i).name(), Messages.Import_ExtraZipEntry);
            }
            Path base = request.baseDirectory();
            if (base == null) {
                ledger.skip(datei, Dom.text(datei, "dateiname"), Messages.Import_NoRegisterFile);
                continue;
            }
            String fileName = profile.getKey().replaceAll("[^A-Za-z0-9._-]", "_") + ".bpmn";
            Path file = base.resolve(modelFolder).resolve(fileName);
            Files.createDirectories(file.getParent());
            Files.write(file, model.content());
            ProcessModelReference reference = ProzesswerkFactory.eINSTANCE.createProcessModelReference();
            reference.setPath(modelFolder.isEmpty() ? fileName : modelFolder + "/" + fileName);
            reference.setTitle(Dom.text(datei, "dateiname"));
            profile.getModelReferences().add(reference);
            ledger.report().mapped(ElementPath.of(datei), model.name() + " (" + model.content().length + " Bytes)",
                    NLS.bind(Messages.Import_ModelWritten, reference.getPath()));
            ledger.done(datei);
        }
        for (String kind : List.of("visualisierungsdatei", "beschreibungsdatei")) {
            for (Element datei : Dom.children(prozessmodell, kind)) {
                List<SafeZip.Entry> entries = unpack(datei);
                ledger.skip(datei, Dom.text(datei, "dateiname"),
                        NLS.bind(Messages.Import_Attachment, entries.get(0).name(), entries.get(0).content().length));
            }
        }
    }

    /** Decodes and unpacks the {@code inhalt} of a file element; errors name the element. */
    private List<SafeZip.Entry> unpack(Element datei) throws ExchangeException {
        Element inhalt = Dom.child(datei, "inhalt");
        if (inhalt == null) {
            throw ledger.missing(datei, "inhalt");
        }
        String text = inhalt.getTextContent();
        if (text.length() > limits.maxBase64Chars()) {
            throw ledger.error(inhalt, NLS.bind(Messages.Import_Base64TooLong, limits.maxBase64Chars()), null);
        }
        byte[] zip;
        try {
            zip = Base64.getDecoder().decode(text.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw ledger.error(inhalt, NLS.bind(Messages.Import_Base64, e.getMessage()), e);
        }
        try {
            return SafeZip.unzip(zip, limits);
        } catch (IOException e) {
            throw ledger.error(inhalt, NLS.bind(Messages.Import_Zip, e.getMessage()), e);
        }
    }
}
