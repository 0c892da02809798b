/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conversation</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getConversation()
 * @model extendedMetaData="name='tConversation' kind='elementOnly'"
 * @generated
 */
public interface Conversation extends ConversationNode {
} // Conversation
