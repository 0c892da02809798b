/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.rights.internal.Messages;

/**
 * What a person wants to do: read or change a folder's content, move a Steckbrief from one status to another, or edit
 * the roles and rights themselves.
 *
 * @param kind what
 * @param from for {@link Kind#TRANSITION}: the status before
 * @param to   for {@link Kind#TRANSITION}: the status after
 */
public record Operation(Kind kind, FimStatus from, FimStatus to) {

    /** The kinds of operations. */
    public enum Kind {
        READ, WRITE, TRANSITION, ADMINISTER
    }

    public static final Operation READ = new Operation(Kind.READ, null, null);
    public static final Operation WRITE = new Operation(Kind.WRITE, null, null);
    public static final Operation ADMINISTER = new Operation(Kind.ADMINISTER, null, null);

    public Operation {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.TRANSITION) {
            Objects.requireNonNull(to, "to");
        }
    }

    /** A status change {@code from} → {@code to}. */
    public static Operation transition(FimStatus from, FimStatus to) {
        return new Operation(Kind.TRANSITION, from, to);
    }

    /** The operation for people (German with a German locale): „Inhalt ändern“, „Status „Entwurf“ → …“. */
    public String label() {
        return switch (kind) {
            case READ -> Messages.Op_Read;
            case WRITE -> Messages.Op_Write;
            case ADMINISTER -> Messages.Op_Administer;
            case TRANSITION -> NLS.bind(Messages.Op_Transition, StatusWorkflow.label(from, Locale.getDefault()),
                    StatusWorkflow.label(to, Locale.getDefault()));
        };
    }
}
