package org.prozesswerk.ui.catalog.internal;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.catalog.CatalogueBrowserView;

/**
 * "Mit Steckbrief verknüpfen": links the entries selected in the catalogue browser to the Steckbrief last selected
 * in the navigator (or shown in the active Steckbrief editor). The menu item names that Steckbrief.
 */
public final class LinkToProfileHandler extends AbstractHandler implements IElementUpdater {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof CatalogueBrowserView view) {
            view.linkSelectionToTarget();
        }
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        boolean enabled = false;
        if (evaluationContext instanceof IEvaluationContext context
                && context.getVariable(ISources.ACTIVE_PART_NAME) instanceof IWorkbenchPart part
                && part instanceof CatalogueBrowserView view) {
            enabled = view.canLink();
        }
        setBaseEnabled(enabled);
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        Object window = element.getServiceLocator().getService(org.eclipse.ui.IWorkbenchWindow.class);
        ProcessProfile target = null;
        if (window instanceof org.eclipse.ui.IWorkbenchWindow w && w.getActivePage() != null
                && w.getActivePage().findView(CatalogueBrowserView.ID) instanceof CatalogueBrowserView view) {
            target = view.linkTarget();
        }
        element.setText(target == null ? Messages.Link_Menu
                : NLS.bind(Messages.Link_MenuTarget, target.getName() == null ? target.getKey() : target.getName()));
    }
}
