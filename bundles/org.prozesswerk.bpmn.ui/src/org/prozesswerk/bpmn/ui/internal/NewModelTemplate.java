package org.prozesswerk.bpmn.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The content of a new BPMN model: templates/new-model.bpmn with fresh ids and labels in the user's language. */
public final class NewModelTemplate {

    static final String TEMPLATE = "templates/new-model.bpmn";

    private NewModelTemplate() {
    }

    public static String create() throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(NewModelTemplate.class);
        URL entry = bundle.getEntry(TEMPLATE);
        if (entry == null) {
            throw new IOException(TEMPLATE + " missing in " + bundle.getSymbolicName());
        }
        String template;
        try (InputStream in = entry.openStream()) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Ids must be unique across the models of a register, which may be merged or referenced later.
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, String> values = Map.of(
                "id", id,
                "version", bundle.getVersion().toString(),
                "process", Messages.Template_Process,
                "start", Messages.Template_StartEvent,
                "task", Messages.Template_Task,
                "end", Messages.Template_EndEvent);
        String result = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("${" + value.getKey() + "}", escapeXml(value.getValue()));
        }
        return result;
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
