#!/usr/bin/env python3
# Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
"""Writes a BPMN 2.0 file with N semantic flow elements (tasks and sequence flows, one pool with two lanes,
a prozesswerk:mediaBreak every 50th flow) plus full DI (a shape per task, an edge with 2 waypoints per flow).
Deterministic: the same N gives the same bytes."""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
out = sys.argv[2] if len(sys.argv) > 2 else "big.bpmn"
tasks = n // 2
w = []
w.append('<?xml version="1.0" encoding="UTF-8"?>\n')
w.append('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
         'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
         'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:prozesswerk="http://prozesswerk.org/bpmn/1.0" '
         'id="Definitions_big" targetNamespace="http://prozesswerk.org/bench">\n')
w.append('  <bpmn:collaboration id="Collaboration_1"><bpmn:participant id="Participant_1" name="Amt" processRef="Process_1"/></bpmn:collaboration>\n')
w.append('  <bpmn:process id="Process_1" isExecutable="false">\n    <bpmn:laneSet id="LaneSet_1">\n')
for lane in (0, 1):
    w.append(f'      <bpmn:lane id="Lane_{lane}" name="Lane {lane}" prozesswerk:orgUnit="ou-{lane}">\n')
    for i in range(lane, tasks, 2):
        w.append(f'        <bpmn:flowNodeRef>Task_{i}</bpmn:flowNodeRef>\n')
    w.append('      </bpmn:lane>\n')
w.append('    </bpmn:laneSet>\n')
for i in range(tasks):
    w.append(f'    <bpmn:task id="Task_{i}" name="Aufgabe {i}">')
    if i > 0:
        w.append(f'<bpmn:incoming>Flow_{i - 1}</bpmn:incoming>')
    if i < tasks - 1:
        w.append(f'<bpmn:outgoing>Flow_{i}</bpmn:outgoing>')
    w.append('</bpmn:task>\n')
for i in range(tasks - 1):
    mb = ' prozesswerk:mediaBreak="true"' if i % 50 == 0 else ''
    w.append(f'    <bpmn:sequenceFlow id="Flow_{i}" sourceRef="Task_{i}" targetRef="Task_{i + 1}"{mb}/>\n')
w.append('  </bpmn:process>\n  <bpmndi:BPMNDiagram id="Diagram_1">\n    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Collaboration_1">\n')
for i in range(tasks):
    x, y = 100 + (i % 100) * 150, 100 + (i // 100) * 120
    w.append(f'      <bpmndi:BPMNShape id="Task_{i}_di" bpmnElement="Task_{i}"><dc:Bounds x="{x}" y="{y}" width="100" height="80"/></bpmndi:BPMNShape>\n')
for i in range(tasks - 1):
    x, y = 200 + (i % 100) * 150, 140 + (i // 100) * 120
    w.append(f'      <bpmndi:BPMNEdge id="Flow_{i}_di" bpmnElement="Flow_{i}"><di:waypoint x="{x}" y="{y}"/><di:waypoint x="{x + 50}" y="{y}"/></bpmndi:BPMNEdge>\n')
w.append('    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n')
with open(out, "w", encoding="utf-8") as f:
    f.write("".join(w))
