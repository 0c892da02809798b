/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.rules.engine.Finding;
import org.prozesswerk.rules.engine.RuleInfo;
import org.prozesswerk.rules.engine.RuleSet;
import org.prozesswerk.rules.rules.Severity;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;

/** The three output formats of {@code validate}. Findings come in document order; output is deterministic. */
final class Reports {

    private static final String EMF = "EMF";

    private static final FormattingStyle INLINE = FormattingStyle.COMPACT.withSpaceAfterSeparators(true);

    private Reports() {
    }

    static void text(PrintWriter out, RuleSet ruleSet, List<Finding> findings) {
        for (Finding finding : findings) {
            out.printf("%-8s %-8s %s: %s%n", label(finding.severity()), finding.ruleId(), finding.elementPath(),
                    finding.message());
        }
        out.println(summary(ruleSet, findings));
    }

    static String summary(RuleSet ruleSet, List<Finding> findings) {
        return NLS.bind(Messages.summary, new Object[] { count(findings, Severity.ERROR),
                count(findings, Severity.WARNING), count(findings, Severity.INFO), ruleSet.rules().size() });
    }

    static void json(PrintWriter out, Path register, RuleSet ruleSet, List<Finding> findings) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setFormattingStyle(FormattingStyle.PRETTY);
        json.beginObject();
        json.name("register").value(register.toString());
        json.name("rules").value(ruleSet.rules().size());
        json.name("errors").value(count(findings, Severity.ERROR));
        json.name("warnings").value(count(findings, Severity.WARNING));
        json.name("infos").value(count(findings, Severity.INFO));
        json.name("findings").beginArray();
        for (Finding f : findings) {
            json.beginObject();
            json.setFormattingStyle(INLINE); // one finding per line
            json.name("rule").value(f.ruleId());
            json.name("severity").value(key(f.severity()));
            json.name("element").value(f.elementPath());
            json.name("fragment").value(f.uriFragment());
            json.name("message").value(f.message());
            json.endObject();
            json.setFormattingStyle(FormattingStyle.PRETTY);
        }
        json.endArray();
        json.endObject();
        json.flush();
        out.println();
    }

    /**
     * JUnit XML: one test case per rule, so CI systems list every rule as passed or failed; each error is a
     * {@code failure}; warnings and infos go to the test case's {@code system-out} and do not fail it, in line with the
     * exit code. EMF's own model constraints form one more test case.
     */
    static void junit(PrintWriter out, Path register, RuleSet ruleSet, List<Finding> findings) throws XMLStreamException {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        Map<String, RuleInfo> infos = new LinkedHashMap<>();
        for (RuleInfo rule : ruleSet.rules()) {
            byRule.put(rule.id(), new ArrayList<>());
            infos.put(rule.id(), rule);
        }
        byRule.put(EMF, new ArrayList<>());
        for (Finding finding : findings) {
            byRule.computeIfAbsent(finding.rule() == null ? EMF : finding.ruleId(), k -> new ArrayList<>()).add(finding);
        }
        long failures = count(findings, Severity.ERROR);
        java.io.StringWriter buffer = new java.io.StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(buffer);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        xml.writeAttribute("name", "prozesswerk validate");
        xml.writeAttribute("tests", String.valueOf(byRule.size()));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", String.valueOf(register.getFileName()));
        xml.writeAttribute("tests", String.valueOf(byRule.size()));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        for (Map.Entry<String, List<Finding>> entry : byRule.entrySet()) {
            RuleInfo rule = infos.get(entry.getKey());
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", rule == null ? "prozesswerk" : rule.ruleSetTitle() == null
                    ? String.valueOf(rule.source().lastSegment()) : rule.ruleSetTitle());
            xml.writeAttribute("name", rule == null ? EMF + " " + Messages.emfRule : rule.id() + " " + rule.title());
            StringBuilder systemOut = new StringBuilder();
            for (Finding finding : entry.getValue()) {
                String line = finding.elementPath() + ": " + finding.message();
                if (finding.isError()) {
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", key(finding.severity()));
                    xml.writeAttribute("message", finding.message());
                    xml.writeCharacters(line);
                    xml.writeEndElement();
                } else {
                    systemOut.append(label(finding.severity())).append(' ').append(line).append('\n');
                }
            }
            if (systemOut.length() > 0) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(systemOut.toString());
                xml.writeEndElement();
            }
            if (!entry.getValue().isEmpty()) {
                xml.writeCharacters("\n    ");
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        out.println(buffer);
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    static String label(Severity severity) {
        return switch (severity) {
            case ERROR -> Messages.severityError;
            case WARNING -> Messages.severityWarning;
            case INFO -> Messages.severityInfo;
        };
    }

    private static String key(Severity severity) {
        return severity.name().toLowerCase(java.util.Locale.ROOT);
    }
}
