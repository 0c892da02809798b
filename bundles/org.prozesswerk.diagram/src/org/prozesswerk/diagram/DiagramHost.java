package org.prozesswerk.diagram;

/**
 * What a diagram asks of the place it is shown in. The workbench editor saves the register document; headless
 * sources save the register and its notation themselves.
 */
public interface DiagramHost {

    /** Saves the register and the notation (GLSP "save model"). */
    void save() throws java.io.IOException;
}
