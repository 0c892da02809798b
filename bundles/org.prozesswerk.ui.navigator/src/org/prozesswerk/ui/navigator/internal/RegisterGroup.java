package org.prozesswerk.ui.navigator.internal;

import org.prozesswerk.ui.RegisterDocument;

/** A node the navigator adds below a register to group its content: the organisation, the unfiled Steckbriefe. */
public record RegisterGroup(RegisterDocument document, Kind kind) {

    public enum Kind {
        ORGANISATION, UNFILED
    }
}
