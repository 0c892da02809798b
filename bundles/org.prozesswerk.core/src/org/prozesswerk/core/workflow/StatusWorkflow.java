package org.prozesswerk.core.workflow;

import static org.prozesswerk.model.FimStatus.DRAFT;
import static org.prozesswerk.model.FimStatus.INACTIVE;
import static org.prozesswerk.model.FimStatus.IN_PLANNING;
import static org.prozesswerk.model.FimStatus.IN_PROGRESS;
import static org.prozesswerk.model.FimStatus.MARKED_FOR_DELETION;
import static org.prozesswerk.model.FimStatus.METHODICALLY_RELEASED;
import static org.prozesswerk.model.FimStatus.TECHNICALLY_RELEASED_GOLD;
import static org.prozesswerk.model.FimStatus.TECHNICALLY_RELEASED_SILVER;

import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.prozesswerk.core.internal.Messages;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.StatusChange;

/**
 * The allowed changes of a process profile's FIM release status (Freigabestatus 1–8).
 *
 * <pre>
 * from                              to
 * 1 in Planung                      2 in Bearbeitung, 7 inaktiv
 * 2 in Bearbeitung                  3 Entwurf, 7 inaktiv
 * 3 Entwurf                         4 methodisch freigegeben, 2 (Überarbeitung), 7
 * 4 methodisch freigegeben          5 fachlich freigegeben (silber), 2, 7
 * 5 fachlich freigegeben (silber)   6 fachlich freigegeben (gold), 2, 7
 * 6 fachlich freigegeben (gold)     2, 7
 * 7 inaktiv                         8 vorgesehen zum Löschen, 2 (reaktivieren)
 * 8 vorgesehen zum Löschen          7 (Löschvormerkung zurücknehmen)
 * </pre>
 *
 * The rules behind the table: the release path goes forward one step at a time, because each release level
 * (methodical, then technical silver, then gold) is a review that must not be skipped; any active state can go back
 * to "in Bearbeitung" for rework, which invalidates the release so far; any active state can be retired to
 * "inaktiv"; only an inactive profile may be marked for deletion, and both steps can be taken back. Staying in the
 * same status is not a transition.
 */
public final class StatusWorkflow {

    /**
     * EMF's Set/AddCommand ask a domain whether the resource is read-only; without a caller's domain this one
     * answers "no". Its adapter factory is empty, so no item-provider adapters end up on the caller's objects.
     */
    private static final EditingDomain STANDALONE =
            new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());

    private static final EAttribute STATUS = ProzesswerkPackage.Literals.PROCESS_PROFILE__STATUS;
    private static final EReference HISTORY = ProzesswerkPackage.Literals.PROCESS_PROFILE__STATUS_HISTORY;

    private static final Map<FimStatus, Set<FimStatus>> SUCCESSORS = new EnumMap<>(FimStatus.class);

    static {
        allow(IN_PLANNING, IN_PROGRESS, INACTIVE);
        allow(IN_PROGRESS, DRAFT, INACTIVE);
        allow(DRAFT, METHODICALLY_RELEASED, IN_PROGRESS, INACTIVE);
        allow(METHODICALLY_RELEASED, TECHNICALLY_RELEASED_SILVER, IN_PROGRESS, INACTIVE);
        allow(TECHNICALLY_RELEASED_SILVER, TECHNICALLY_RELEASED_GOLD, IN_PROGRESS, INACTIVE);
        allow(TECHNICALLY_RELEASED_GOLD, IN_PROGRESS, INACTIVE);
        allow(INACTIVE, MARKED_FOR_DELETION, IN_PROGRESS);
        allow(MARKED_FOR_DELETION, INACTIVE);
    }

    private StatusWorkflow() {
    }

    private static void allow(FimStatus from, FimStatus... to) {
        SUCCESSORS.put(from, Collections.unmodifiableSet(EnumSet.copyOf(List.of(to))));
    }

    /** Whether a profile may change from {@code from} to {@code to}. */
    public static boolean isAllowed(FimStatus from, FimStatus to) {
        return from != null && to != null && successors(from).contains(to);
    }

    /** The statuses {@code from} may change to, in FIM code order. */
    public static Set<FimStatus> successors(FimStatus from) {
        return SUCCESSORS.getOrDefault(Objects.requireNonNull(from, "from"), Set.of());
    }

    /** The FIM name of {@code status} in {@code locale} (German: "methodisch freigegeben" …). */
    public static String label(FimStatus status, Locale locale) {
        return Messages.get(locale, status == null ? "status.none" : "status." + status.getName());
    }

    /**
     * A command that sets the profile's status to {@code to} and appends the matching entry to its status history;
     * executed and undone as one.
     *
     * @param domain the editing domain whose item providers create the commands; {@code null} for plain EMF
     *               commands (e.g. in batch tools without a domain)
     * @throws IllegalArgumentException if the workflow does not allow the change (the message names the allowed
     *                                  targets)
     */
    public static Command changeStatus(EditingDomain domain, ProcessProfile profile, FimStatus to, String who,
            String comment, Instant when) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(to, "to");
        FimStatus from = profile.getStatus();
        if (!isAllowed(from, to)) {
            throw new IllegalArgumentException(notAllowedMessage(from, to));
        }
        StatusChange change = ProzesswerkFactory.eINSTANCE.createStatusChange();
        change.setFrom(from);
        change.setTo(to);
        change.setWho(who);
        change.setComment(comment);
        change.setWhen(when == null ? null : Date.from(when));

        CompoundCommand command = new CompoundCommand(Messages.get("workflow.commandLabel",
                label(to, Locale.getDefault())));
        EditingDomain effective = domain == null ? STANDALONE : domain;
        command.append(SetCommand.create(effective, profile, STATUS, to));
        command.append(AddCommand.create(effective, profile, HISTORY, change));
        return command;
    }

    private static String notAllowedMessage(FimStatus from, FimStatus to) {
        Locale locale = Locale.getDefault();
        String allowed = from == null ? label(null, locale)
                : successors(from).stream().map(s -> label(s, locale)).collect(Collectors.joining(", "));
        return Messages.get(locale, "workflow.notAllowed", label(from, locale), label(to, locale), allowed);
    }
}
