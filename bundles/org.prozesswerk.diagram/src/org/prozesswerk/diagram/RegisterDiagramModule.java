package org.prozesswerk.diagram;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.CompoundOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.prozesswerk.diagram.internal.DiagramOptionsActionHandler;
import org.prozesswerk.diagram.internal.ManualPositionHandler;
import org.prozesswerk.diagram.internal.RefreshDiagramActionHandler;
import org.prozesswerk.diagram.internal.RegisterSourceModelStorage;
import org.prozesswerk.diagram.internal.RegisterToolPaletteItemProvider;
import org.prozesswerk.diagram.internal.ResetLayoutHandler;

/**
 * Base of a GLSP diagram module over a Prozesswerk register; subclass it to contribute a diagram type
 * ({@value DiagramTypes#EXTENSION_POINT}). It binds what every register diagram shares: the model state on the
 * register's command stack, loading from a published {@link DiagramSource}, refresh on changes made elsewhere,
 * view options, manual positions (drag) kept in the notation, and "reset layout". Subclasses bind their
 * diagram type, configuration and {@link RegisterGModelFactory} through the constructor, and their edit handlers.
 */
public abstract class RegisterDiagramModule extends DiagramModule {

    private final String diagramType;
    private final Class<? extends DiagramConfiguration> configuration;
    private final Class<? extends GModelFactory> gmodelFactory;

    /** A module for {@code diagramType} with its configuration and the factory that builds its GModel. */
    protected RegisterDiagramModule(String diagramType, Class<? extends DiagramConfiguration> configuration,
            Class<? extends GModelFactory> gmodelFactory) {
        this.diagramType = diagramType;
        this.configuration = configuration;
        this.gmodelFactory = gmodelFactory;
    }

    @Override
    public String getDiagramType() {
        return diagramType;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return configuration;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return gmodelFactory;
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return RegisterModelState.class;
    }

    @Override
    protected void configureGModelState(Class<? extends GModelState> gmodelStateClass) {
        super.configureGModelState(gmodelStateClass);
        if (gmodelStateClass != RegisterModelState.class) {
            bind(RegisterModelState.class).to(gmodelStateClass.asSubclass(RegisterModelState.class));
        }
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return RegisterSourceModelStorage.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return RegisterToolPaletteItemProvider.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(RefreshDiagramActionHandler.class);
        binding.add(DiagramOptionsActionHandler.class);
    }

    /** Deliberately not super: GLSP's defaults edit the GModel itself; ours edit the register. */
    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        binding.add(CompoundOperationHandler.class);
        binding.add(ResetLayoutHandler.class);
        binding.add(bindChangeBoundsHandler());
    }

    /** What dragging a node does; by default it keeps the position in the notation. */
    protected Class<? extends OperationHandler<?>> bindChangeBoundsHandler() {
        return ManualPositionHandler.class;
    }
}
