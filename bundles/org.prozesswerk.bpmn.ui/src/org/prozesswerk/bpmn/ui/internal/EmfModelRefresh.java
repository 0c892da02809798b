package org.prozesswerk.bpmn.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.bpmn.BpmnStatisticsCache;
import org.prozesswerk.bpmn.ui.BpmnModelListener;
import org.prozesswerk.bpmn.ui.BpmnSavedEvent;

/**
 * Parses every saved model with the EMF BPMN model: the statistics the Steckbrief editor shows are then those of
 * the saved file, and a file bpmn-js wrote but the spec-faithful parser rejects is reported at once.
 */
public final class EmfModelRefresh implements BpmnModelListener {

    @Override
    public void saved(BpmnSavedEvent event) throws Exception {
        try {
            BpmnStatisticsCache.refresh(event.file());
        } catch (java.io.IOException e) {
            ILog.of(getClass()).warn(NLS.bind(Messages.Emf_Unreadable, event.file(), e.getMessage()));
        }
    }
}
