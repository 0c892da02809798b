package org.prozesswerk.bpmn.ui.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.prozesswerk.bpmn.ui.BpmnModelListener;
import org.prozesswerk.bpmn.ui.BpmnSavedEvent;

/** Contributed in fragment.xml like the BPMN EMF model bundle would; records what it hears. */
public final class RecordingModelListener implements BpmnModelListener {

    static final List<BpmnSavedEvent> EVENTS = new CopyOnWriteArrayList<>();
    static final List<Boolean> IN_UI_THREAD = new CopyOnWriteArrayList<>();

    @Override
    public void saved(BpmnSavedEvent event) {
        IN_UI_THREAD.add(org.eclipse.swt.widgets.Display.getCurrent() != null);
        EVENTS.add(event);
    }
}
