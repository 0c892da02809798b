package org.prozesswerk.bpmn.ui.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.prozesswerk.bpmn.ui.BpmnModelListener;
import org.prozesswerk.bpmn.ui.BpmnSavedEvent;

/** Contributed in fragment.xml like the BPMN EMF model bundle would; records what it hears, refuses what it is told. */
public final class RecordingModelListener implements BpmnModelListener {

    static final List<BpmnSavedEvent> EVENTS = new CopyOnWriteArrayList<>();
    static final List<Boolean> IN_UI_THREAD = new CopyOnWriteArrayList<>();
    /** Files a test forbids changing, with the reason (as the rights answer for a read-only folder). */
    static final Map<Path, String> REFUSED = new ConcurrentHashMap<>();

    @Override
    public String refusal(Path file) {
        return REFUSED.get(file.toAbsolutePath().normalize());
    }

    @Override
    public void saved(BpmnSavedEvent event) {
        IN_UI_THREAD.add(org.eclipse.swt.widgets.Display.getCurrent() != null);
        EVENTS.add(event);
    }
}
