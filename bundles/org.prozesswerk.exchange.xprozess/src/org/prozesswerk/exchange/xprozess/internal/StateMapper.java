package org.prozesswerk.exchange.xprozess.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.StatusChange;
import org.w3c.dom.Element;

/** {@code zustandsangaben}: FIM status, validity, the last change and the release dates of a Steckbrief. */
public final class StateMapper {

    private final ProcessRegister target;
    private final ImportLedger ledger;

    public StateMapper(ProcessRegister target, ImportLedger ledger) {
        this.target = target;
        this.ledger = ledger;
    }

    public void state(ProcessProfile profile, Element state) {
        if (state == null) {
            return;
        }
        Element status = Dom.child(state, "status");
        FimStatus fimStatus = null;
        if (status != null && Dom.code(status) != null) {
            try {
                fimStatus = FimStatus.get(Integer.parseInt(Dom.code(status)));
            } catch (NumberFormatException e) {
                fimStatus = null;
            }
            if (fimStatus == null) {
                ledger.reject(status, Dom.code(status), NLS.bind(Messages.Import_BadCode, Dom.code(status)));
            } else {
                profile.setStatus(fimStatus);
                ledger.mapped(status, "ProcessProfile.status");
            }
        }
        Element period = Dom.child(state, "gueltigkeitszeitraum");
        profile.setValidFrom(date(Dom.child(period, "beginn"), "ProcessProfile.validFrom"));
        profile.setValidTo(date(Dom.child(period, "ende"), "ProcessProfile.validTo"));
        Element changed = Dom.child(state, "letzterAenderungszeitpunkt");
        Element editor = Dom.child(state, "letzterBearbeiter");
        Element remark = Dom.child(state, "anmerkungLetzteAenderung");
        Date when = date(changed, "StatusChange.when");
        if (when != null || Dom.text(editor) != null || Dom.text(remark) != null) {
            StatusChange change = ProzesswerkFactory.eINSTANCE.createStatusChange();
            change.setTo(fimStatus);
            change.setWhen(when);
            change.setWho(Dom.text(editor));
            change.setComment(Dom.text(remark));
            profile.getStatusHistory().add(change);
            if (Dom.text(editor) != null) {
                ledger.mapped(editor, "StatusChange.who");
            }
            if (Dom.text(remark) != null) {
                ledger.mapped(remark, "StatusChange.comment");
            }
        }
        dateAttribute(profile, Dom.child(state, "fachlicherFreigabezeitpunkt"), XAttributes.FACHLICHE_FREIGABE);
        dateAttribute(profile, Dom.child(state, "formellerFreigabezeitpunkt"), XAttributes.FORMELLE_FREIGABE);
    }

    private void dateAttribute(ProcessProfile profile, Element element, XAttributes attribute) {
        Date date = date(element, "attribute " + attribute.id());
        if (date != null) {
            attribute.set(target, profile, date.toInstant().toString());
        }
    }

    private Date date(Element element, String feature) {
        String text = Dom.text(element);
        if (text == null) {
            return null;
        }
        try {
            Date date = parseDate(text);
            ledger.mapped(element, feature);
            return date;
        } catch (DateTimeParseException e) {
            ledger.reject(element, text, NLS.bind(Messages.Import_BadDate, e.getMessage()));
            return null;
        }
    }

    /** An XProzess time stamp: with offset, as an instant, or a plain date (taken as UTC midnight). */
    static Date parseDate(String text) {
        try {
            return Date.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(Instant.parse(text));
            } catch (DateTimeParseException e2) {
                return Date.from(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        }
    }
}
