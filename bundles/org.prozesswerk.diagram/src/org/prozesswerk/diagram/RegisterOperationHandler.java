package org.prozesswerk.diagram;

import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.Operation;

import com.google.inject.Inject;

/**
 * Base of the edit handlers of register diagrams: they turn a GLSP operation into an EMF command on the register,
 * so they get the register's model state and the diagram type injected.
 */
public abstract class RegisterOperationHandler<O extends Operation> extends BasicOperationHandler<O> {

    @Inject
    protected RegisterModelState state;

    @Inject
    @DiagramType
    protected String diagramType;
}
