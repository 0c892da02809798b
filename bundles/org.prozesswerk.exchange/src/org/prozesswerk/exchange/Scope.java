package org.prozesswerk.exchange;

/** What an exporter can write: a whole register, a selection of Steckbriefe, or a single Steckbrief. */
public enum Scope {

    /** Every Steckbrief of the register, with the register's organisation and catalogues where the format has them. */
    REGISTER,

    /** The Steckbriefe the user selected, in register order. */
    SELECTION,

    /** Exactly one Steckbrief. */
    PROFILE
}
