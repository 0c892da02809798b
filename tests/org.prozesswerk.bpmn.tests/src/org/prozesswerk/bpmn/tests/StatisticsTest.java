package org.prozesswerk.bpmn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnStatistics;
import org.prozesswerk.bpmn.BpmnStatistics.MediaBreak;

class StatisticsTest {

    @Test
    void countsByCategoryAndElement() throws IOException {
        BpmnStatistics stats = BpmnIO.load(TestData.resource("vendor-extensions.bpmn")).statistics();
        Map<String, Integer> c = stats.categories();
        assertEquals(BpmnStatistics.CATEGORIES, List.copyOf(c.keySet()));
        assertEquals(1, c.get("processes"));
        assertEquals(2, c.get("participants"));
        assertEquals(2, c.get("lanes"));
        assertEquals(2, c.get("activities"));
        assertEquals(2, c.get("tasks"));
        assertEquals(0, c.get("gateways"));
        assertEquals(2, c.get("events"));
        assertEquals(3, c.get("sequenceFlows"));
        assertEquals(1, c.get("messageFlows"));
        assertEquals(1, c.get("dataObjects"));
        assertEquals(1, c.get("dataObjectReferences"));
        assertEquals(2, c.get("shapes"));
        assertEquals(1, c.get("edges"));
        assertEquals(2, c.get("mediaBreaks"));
        assertEquals(1, stats.elements().get("userTask"));
        assertEquals(1, stats.elements().get("scriptTask"));
        assertEquals(3, stats.elements().get("waypoint"));
        assertTrue(!stats.elements().containsKey("property"), "foreign elements are not counted: " + stats.elements());
    }

    @Test
    void mediaBreaksAndLaneOrgUnits() throws IOException {
        BpmnStatistics stats = BpmnIO.load(TestData.resource("vendor-extensions.bpmn")).statistics();
        assertEquals(List.of(
                new MediaBreak("MessageFlow_1", "messageFlow", null, "Participant_2", "StartEvent_1"),
                new MediaBreak("Flow_3", "sequenceFlow", "per Post", "Task_2", "EndEvent_1")), stats.mediaBreaks());
        assertEquals(Map.of("Lane_1", "ou-63-1"), stats.laneOrgUnits());
    }

    @Test
    void miwgA10IsTheSimpleSequence() throws IOException {
        BpmnStatistics stats = BpmnIO.load(TestData.realData("bpmn-miwg-reference/A.1.0.bpmn")).statistics();
        assertEquals(1, stats.categories().get("processes"));
        assertEquals(3, stats.categories().get("activities"));
        assertEquals(2, stats.categories().get("events"));
        assertEquals(4, stats.categories().get("sequenceFlows"));
        assertEquals(5, stats.categories().get("shapes"));
        assertEquals(4, stats.categories().get("edges"));
    }

    @Test
    void adonisExportHasLanesAndActivities() throws IOException {
        BpmnStatistics stats = BpmnIO.load(TestData.adonisExport()).statistics();
        assertTrue(stats.categories().get("activities") > 5, stats.categories().toString());
        assertTrue(stats.categories().get("sequenceFlows") > 5, stats.categories().toString());
    }
}
