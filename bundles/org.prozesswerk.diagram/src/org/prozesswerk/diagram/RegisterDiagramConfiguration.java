package org.prozesswerk.diagram;

import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;

/**
 * Register diagrams are laid out on the server (ELK) with fixed node sizes, so the client renders what it gets:
 * no bounds round trip, no client layout, the same picture in the browser, in tests and in exports.
 */
public abstract class RegisterDiagramConfiguration extends BaseDiagramConfiguration {

    @Override
    public boolean needsClientLayout() {
        return false;
    }

    @Override
    public ServerLayoutKind getLayoutKind() {
        return ServerLayoutKind.NONE;
    }

    @Override
    public boolean animatedUpdate() {
        return false;
    }
}
