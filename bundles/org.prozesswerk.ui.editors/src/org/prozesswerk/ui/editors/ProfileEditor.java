package org.prozesswerk.ui.editors;

import java.util.Objects;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.CommandStackActions;
import org.prozesswerk.ui.ProfileEditorInput;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.editors.internal.AttributesPage;
import org.prozesswerk.ui.editors.internal.CataloguesPage;
import org.prozesswerk.ui.editors.internal.ContextsPage;
import org.prozesswerk.ui.editors.internal.EditorSelection;
import org.prozesswerk.ui.editors.internal.HistoryPage;
import org.prozesswerk.ui.editors.internal.LegalBasesPage;
import org.prozesswerk.ui.editors.internal.Messages;
import org.prozesswerk.ui.editors.internal.ModelsPage;
import org.prozesswerk.ui.editors.internal.OrganisationPage;
import org.prozesswerk.ui.editors.internal.OverviewPage;
import org.prozesswerk.ui.editors.internal.ProfilePage;
import org.prozesswerk.ui.properties.RegisterPropertySheetPage;
import org.prozesswerk.ui.ProfileEditors;

/**
 * The Steckbrief editor: one Prozesssteckbrief of an open register on eight form pages (Übersicht, Organisation,
 * Kataloge, Rechtsgrundlagen, Kontexte, Modelle, Attribute, Historie).
 *
 * <p>Every change is a command on the register's editing domain, so undo, redo, dirty state and saving are shared
 * with the navigator and every other editor of the register ({@link ISaveablesSource}: the register's saveable).
 * The pages follow the model, whoever changes it: an EMF adapter on the Steckbrief and its contents plus the
 * register's command stack schedule one refresh per batch of changes. The editor closes itself when its
 * Steckbrief is deleted or its register closed. Pages are created when first shown, so opening costs one page.
 */
public final class ProfileEditor extends FormEditor implements ISaveablesSource {

    public static final String ID = ProfileEditors.ID;

    /**
     * Key under which the editor's widgets carry a stable name ({@code Widget.getData(WIDGET_KEY)}), e.g.
     * {@code "overview.name"}; used by tests and UI automation.
     */
    public static final String WIDGET_KEY = "org.prozesswerk.ui.editors.widget";

    /** Job family of background work of the editor (catalogue resolution), for tests to wait on. */
    public static final Object JOB_FAMILY = ProfileEditor.class;

    private RegisterDocument document;
    private ProcessProfile profile;
    private CommandStackActions undoRedo;
    private EditorSelection selection;
    private boolean refreshScheduled;
    private boolean closing;
    private String tooltip;

    private final RegisterDocument.Listener dirtyListener = changed -> {
        if (!closing) {
            firePropertyChange(PROP_DIRTY);
        }
    };
    private final RegisterDocuments.Listener documentsListener = this::documentsChanged;
    private final CommandStackListener stackListener = event -> scheduleRefresh();
    private final EContentAdapter contentAdapter = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                scheduleRefresh();
            }
        }
    };
    /** Text typed but not yet committed goes into the model before save, undo and redo act on it. */
    private final IExecutionListener commitBeforeCommands = new IExecutionListener() {
        @Override
        public void preExecute(String commandId, ExecutionEvent event) {
            if (isCommitTrigger(commandId) && getSite().getPage().getActivePart() == ProfileEditor.this) {
                commitPendingEdits();
            } else if (IWorkbenchCommandConstants.FILE_SAVE_ALL.equals(commandId)) {
                commitPendingEdits();
            }
        }

        @Override
        public void postExecuteSuccess(String commandId, Object returnValue) {
        }

        @Override
        public void postExecuteFailure(String commandId, ExecutionException exception) {
        }

        @Override
        public void notHandled(String commandId, NotHandledException exception) {
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ProfileEditorInput profileInput)) {
            throw new PartInitException(NLS.bind(Messages.Editor_WrongInput, input));
        }
        document = profileInput.document().orElseThrow(
                () -> new PartInitException(NLS.bind(Messages.Editor_RegisterNotOpen, profileInput.file())));
        profile = profileInput.profile().orElseThrow(() -> new PartInitException(
                NLS.bind(Messages.Editor_ProfileMissing, profileInput.profileId(), profileInput.file())));
        super.init(site, input);
        selection = new EditorSelection(new StructuredSelection(profile));
        site.setSelectionProvider(selection);
        updateTitle();
        undoRedo = new CommandStackActions(commandStack());
        document.addListener(dirtyListener);
        RegisterDocuments.getDefault().addListener(documentsListener);
        commandStack().addCommandStackListener(stackListener);
        profile.eAdapters().add(contentAdapter);
        ICommandService commands = site.getService(ICommandService.class);
        if (commands != null) {
            commands.addExecutionListener(commitBeforeCommands);
        }
    }

    @Override
    protected void addPages() {
        try {
            addPage(new OverviewPage(this));
            addPage(new OrganisationPage(this));
            addPage(new CataloguesPage(this));
            addPage(new LegalBasesPage(this));
            addPage(new ContextsPage(this));
            addPage(new ModelsPage(this));
            addPage(new AttributesPage(this));
            addPage(new HistoryPage(this));
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Steckbrief being edited. */
    public ProcessProfile profile() {
        return profile;
    }

    /** The open register the Steckbrief belongs to. */
    public RegisterDocument document() {
        return document;
    }

    public EditingDomain editingDomain() {
        return document.editingDomain();
    }

    /** Undo and redo of the register's command stack; the action bar contributor installs them. */
    public CommandStackActions undoRedoActions() {
        return undoRedo;
    }

    private CommandStack commandStack() {
        return document.editingDomain().getCommandStack();
    }

    /** Executes {@code command} on the register's command stack if it can run; {@code null} is ignored. */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        commandStack().execute(command);
        return true;
    }

    /**
     * A command setting {@code feature} of {@code owner} to {@code value}, or {@code null} if it has that value
     * already. {@code null} for a primitive feature resets it to its default.
     */
    public Command set(EObject owner, EStructuralFeature feature, Object value) {
        if (Objects.equals(owner.eGet(feature), value)) {
            return null;
        }
        Class<?> type = feature.getEType().getInstanceClass();
        Object newValue = value == null && type != null && type.isPrimitive() ? SetCommand.UNSET_VALUE : value;
        return SetCommand.create(editingDomain(), owner, feature, newValue);
    }

    /** Shows {@code selected} (a table row's object) in the Eigenschaften view; empty shows the Steckbrief. */
    public void select(ISelection selected) {
        if (selection != null) {
            selection.setSelection(selected == null || selected.isEmpty() ? new StructuredSelection(profile)
                    : selected);
        }
    }

    /** Writes text typed into any page but not yet committed into the model. */
    public void commitPendingEdits() {
        for (Object page : pages) {
            if (page instanceof ProfilePage profilePage && profilePage.getPartControl() != null) {
                profilePage.commitPending();
            }
        }
    }

    private static boolean isCommitTrigger(String commandId) {
        return IWorkbenchCommandConstants.FILE_SAVE.equals(commandId)
                || IWorkbenchCommandConstants.EDIT_UNDO.equals(commandId)
                || IWorkbenchCommandConstants.EDIT_REDO.equals(commandId);
    }

    private void scheduleRefresh() {
        if (refreshScheduled || closing) {
            return;
        }
        refreshScheduled = true;
        Display display = Display.getDefault();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            refreshScheduled = false;
            refresh();
        });
    }

    /** Brings title and every created page up to date with the model now (normally done after each change). */
    public void refresh() {
        if (closing) {
            return;
        }
        if (!isAlive()) {
            closeSelf();
            return;
        }
        updateTitle();
        for (Object page : pages) {
            if (page instanceof ProfilePage profilePage && profilePage.getPartControl() != null
                    && !profilePage.getPartControl().isDisposed()) {
                profilePage.refresh();
            }
        }
    }

    /** Whether the Steckbrief still belongs to the open register. */
    private boolean isAlive() {
        return RegisterDocuments.getDefault().documents().contains(document) && profile.eResource() != null
                && profile.eResource() == document.register().eResource();
    }

    private void documentsChanged() {
        if (!RegisterDocuments.getDefault().documents().contains(document)) {
            closeSelf();
        }
    }

    private void closeSelf() {
        if (closing) {
            return;
        }
        closing = true;
        Display.getDefault().asyncExec(() -> {
            if (getSite() != null && getSite().getPage() != null) {
                getSite().getPage().closeEditor(this, false);
            }
        });
    }

    /** Key and register file ("PW-000101 – /pfad/Register.pwreg"); the input's tooltip names the Steckbrief. */
    @Override
    public String getTitleToolTip() {
        return tooltip != null ? tooltip : super.getTitleToolTip();
    }

    private void updateTitle() {
        String name = profile.getName();
        String key = profile.getKey();
        String title = name != null && !name.isBlank() ? name
                : key != null && !key.isBlank() ? key : Messages.Editor_Untitled;
        if (!title.equals(getPartName())) {
            setPartName(title);
        }
        String newTooltip = key == null || key.isBlank() ? document.file().toString()
                : NLS.bind(Messages.Editor_Tooltip, key, document.file());
        if (!newTooltip.equals(tooltip)) {
            tooltip = newTooltip;
            setTitleToolTip(newTooltip);
        }
    }

    /** Switches to the page with {@code pageId} (creating it if needed) and returns it. */
    public IFormPage showPage(String pageId) {
        return setActivePage(pageId);
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        commitPendingEdits();
        document.saveable().saveShowingErrors(getSite().getShell(), monitor);
    }

    @Override
    public void doSaveAs() {
        // a Steckbrief is saved with its register; "save as" belongs to the register
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public Saveable[] getSaveables() {
        return document == null ? new Saveable[0] : new Saveable[] { document.saveable() };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new RegisterPropertySheetPage());
        }
        if (adapter == ProcessProfile.class || adapter == EObject.class) {
            return adapter.cast(profile);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        closing = true;
        if (document != null) {
            document.removeListener(dirtyListener);
            commandStack().removeCommandStackListener(stackListener);
        }
        RegisterDocuments.getDefault().removeListener(documentsListener);
        if (profile != null) {
            profile.eAdapters().remove(contentAdapter);
        }
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        ICommandService commands = getSite() == null ? null : getSite().getService(ICommandService.class);
        if (commands != null) {
            commands.removeExecutionListener(commitBeforeCommands);
        }
        super.dispose();
    }
}
