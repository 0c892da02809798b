/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;

import javax.xml.namespace.QName;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Collaboration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getParticipant <em>Participant</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getMessageFlow <em>Message Flow</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getArtifactGroup <em>Artifact Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getArtifact <em>Artifact</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getConversationNodeGroup <em>Conversation Node Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getConversationNode <em>Conversation Node</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getConversationAssociation <em>Conversation Association</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getParticipantAssociation <em>Participant Association</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getMessageFlowAssociation <em>Message Flow Association</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getCorrelationKey <em>Correlation Key</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getChoreographyRef <em>Choreography Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getConversationLink <em>Conversation Link</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#isIsClosed <em>Is Closed</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Collaboration#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration()
 * @model extendedMetaData="name='tCollaboration' kind='elementOnly'"
 * @generated
 */
public interface Collaboration extends RootElement {
	/**
	 * Returns the value of the '<em><b>Participant</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.Participant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participant</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_Participant()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='participant' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<Participant> getParticipant();

	/**
	 * Returns the value of the '<em><b>Message Flow</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.MessageFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message Flow</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_MessageFlow()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='messageFlow' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<MessageFlow> getMessageFlow();

	/**
	 * Returns the value of the '<em><b>Artifact Group</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Artifact Group</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_ArtifactGroup()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="kind='group' name='artifact:group' namespace='##targetNamespace'"
	 * @generated
	 */
	FeatureMap getArtifactGroup();

	/**
	 * Returns the value of the '<em><b>Artifact</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.Artifact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Artifact</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_Artifact()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="kind='element' name='artifact' namespace='##targetNamespace' group='artifact:group'"
	 * @generated
	 */
	EList<Artifact> getArtifact();

	/**
	 * Returns the value of the '<em><b>Conversation Node Group</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conversation Node Group</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_ConversationNodeGroup()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="kind='group' name='conversationNode:group' namespace='##targetNamespace'"
	 * @generated
	 */
	FeatureMap getConversationNodeGroup();

	/**
	 * Returns the value of the '<em><b>Conversation Node</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.ConversationNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conversation Node</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_ConversationNode()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="kind='element' name='conversationNode' namespace='##targetNamespace' group='conversationNode:group'"
	 * @generated
	 */
	EList<ConversationNode> getConversationNode();

	/**
	 * Returns the value of the '<em><b>Conversation Association</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.ConversationAssociation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conversation Association</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_ConversationAssociation()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='conversationAssociation' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<ConversationAssociation> getConversationAssociation();

	/**
	 * Returns the value of the '<em><b>Participant Association</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.ParticipantAssociation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participant Association</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_ParticipantAssociation()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='participantAssociation' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<ParticipantAssociation> getParticipantAssociation();

	/**
	 * Returns the value of the '<em><b>Message Flow Association</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.MessageFlowAssociation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message Flow Association</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_MessageFlowAssociation()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='messageFlowAssociation' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<MessageFlowAssociation> getMessageFlowAssociation();

	/**
	 * Returns the value of the '<em><b>Correlation Key</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.CorrelationKey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Correlation Key</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_CorrelationKey()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='correlationKey' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<CorrelationKey> getCorrelationKey();

	/**
	 * Returns the value of the '<em><b>Choreography Ref</b></em>' attribute list.
	 * The list contents are of type {@link javax.xml.namespace.QName}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Choreography Ref</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_ChoreographyRef()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='element' name='choreographyRef' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<QName> getChoreographyRef();

	/**
	 * Returns the value of the '<em><b>Conversation Link</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.ConversationLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conversation Link</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_ConversationLink()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='conversationLink' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<ConversationLink> getConversationLink();

	/**
	 * Returns the value of the '<em><b>Is Closed</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Closed</em>' attribute.
	 * @see #isSetIsClosed()
	 * @see #unsetIsClosed()
	 * @see #setIsClosed(boolean)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_IsClosed()
	 * @model default="false" unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='isClosed'"
	 * @generated
	 */
	boolean isIsClosed();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Collaboration#isIsClosed <em>Is Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Closed</em>' attribute.
	 * @see #isSetIsClosed()
	 * @see #unsetIsClosed()
	 * @see #isIsClosed()
	 * @generated
	 */
	void setIsClosed(boolean value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.Collaboration#isIsClosed <em>Is Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIsClosed()
	 * @see #isIsClosed()
	 * @see #setIsClosed(boolean)
	 * @generated
	 */
	void unsetIsClosed();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.Collaboration#isIsClosed <em>Is Closed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Is Closed</em>' attribute is set.
	 * @see #unsetIsClosed()
	 * @see #isIsClosed()
	 * @see #setIsClosed(boolean)
	 * @generated
	 */
	boolean isSetIsClosed();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getCollaboration_Name()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='attribute' name='name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Collaboration#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // Collaboration
