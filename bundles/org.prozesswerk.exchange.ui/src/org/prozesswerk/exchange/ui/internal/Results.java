package org.prozesswerk.exchange.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.prozesswerk.exchange.ExchangeReport;

/** Shows the outcome of an import or export Job with its report, in the UI thread. */
final class Results {

    private static final int REPORT_LINES = 40;

    private Results() {
    }

    static void show(String headline, ExchangeReport report) {
        Display display = Display.getDefault();
        if (display.isDisposed()) {
            return;
        }
        String text = headline + "\n\n" + report.toText(REPORT_LINES);
        display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), Messages.Result_Title,
                text.length() > 6000 ? text.substring(0, 6000) + "\n\u2026" : text));
    }
}
