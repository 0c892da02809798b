package org.prozesswerk.bpmn.cli.internal;

import java.util.List;
import java.util.Map;

import org.prozesswerk.bpmn.BpmnStatistics;

/** The JSON of {@code bpmn stats --format json}: an array with one object per file, in argument order. */
final class Json {

    private Json() {
    }

    static String outcomes(List<StatsCommand.Outcome> outcomes) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < outcomes.size(); i++) {
            StatsCommand.Outcome o = outcomes.get(i);
            sb.append(i == 0 ? "\n  {" : ",\n  {").append("\"file\": ").append(string(o.file().toString()));
            if (o.error() != null) {
                sb.append(", \"error\": {\"message\": ").append(string(o.error().getMessage()))
                        .append(", \"line\": ").append(o.error().line())
                        .append(", \"column\": ").append(o.error().column()).append('}');
            } else {
                BpmnStatistics s = o.statistics();
                sb.append(",\n   \"categories\": ").append(counts(s.categories()));
                sb.append(",\n   \"elements\": ").append(counts(s.elements()));
                sb.append(",\n   \"mediaBreaks\": [");
                for (int j = 0; j < s.mediaBreaks().size(); j++) {
                    BpmnStatistics.MediaBreak b = s.mediaBreaks().get(j);
                    sb.append(j == 0 ? "" : ", ").append("{\"id\": ").append(string(b.id()))
                            .append(", \"kind\": ").append(string(b.kind()))
                            .append(", \"name\": ").append(string(b.name()))
                            .append(", \"sourceRef\": ").append(string(b.sourceRef()))
                            .append(", \"targetRef\": ").append(string(b.targetRef())).append('}');
                }
                sb.append("],\n   \"laneOrgUnits\": {");
                int j = 0;
                for (Map.Entry<String, String> e : s.laneOrgUnits().entrySet()) {
                    sb.append(j++ == 0 ? "" : ", ").append(string(e.getKey())).append(": ").append(string(e.getValue()));
                }
                sb.append('}');
            }
            sb.append('}');
        }
        return sb.append(outcomes.isEmpty() ? "]" : "\n]").toString();
    }

    private static String counts(Map<String, Integer> counts) {
        StringBuilder sb = new StringBuilder("{");
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            sb.append(i++ == 0 ? "" : ", ").append(string(e.getKey())).append(": ").append(e.getValue());
        }
        return sb.append('}').toString();
    }

    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
