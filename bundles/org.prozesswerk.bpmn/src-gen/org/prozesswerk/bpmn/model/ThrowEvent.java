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
 * A representation of the model object '<em><b>Throw Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.ThrowEvent#getDataInput <em>Data Input</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.ThrowEvent#getDataInputAssociation <em>Data Input Association</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.ThrowEvent#getInputSet <em>Input Set</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.ThrowEvent#getEventDefinitionGroup <em>Event Definition Group</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.ThrowEvent#getEventDefinition <em>Event Definition</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.ThrowEvent#getEventDefinitionRef <em>Event Definition Ref</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getThrowEvent()
 * @model abstract="true"
 *        extendedMetaData="name='tThrowEvent' kind='elementOnly'"
 * @generated
 */
public interface ThrowEvent extends Event {
	/**
	 * Returns the value of the '<em><b>Data Input</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.DataInput}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Input</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getThrowEvent_DataInput()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='dataInput' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<DataInput> getDataInput();

	/**
	 * Returns the value of the '<em><b>Data Input Association</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.DataInputAssociation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Input Association</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getThrowEvent_DataInputAssociation()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='dataInputAssociation' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<DataInputAssociation> getDataInputAssociation();

	/**
	 * Returns the value of the '<em><b>Input Set</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Set</em>' containment reference.
	 * @see #setInputSet(InputSet)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getThrowEvent_InputSet()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='inputSet' namespace='##targetNamespace'"
	 * @generated
	 */
	InputSet getInputSet();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.ThrowEvent#getInputSet <em>Input Set</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Set</em>' containment reference.
	 * @see #getInputSet()
	 * @generated
	 */
	void setInputSet(InputSet value);

	/**
	 * Returns the value of the '<em><b>Event Definition Group</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Definition Group</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getThrowEvent_EventDefinitionGroup()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="kind='group' name='eventDefinition:group' namespace='##targetNamespace'"
	 * @generated
	 */
	FeatureMap getEventDefinitionGroup();

	/**
	 * Returns the value of the '<em><b>Event Definition</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.EventDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Definition</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getThrowEvent_EventDefinition()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="kind='element' name='eventDefinition' namespace='##targetNamespace' group='eventDefinition:group'"
	 * @generated
	 */
	EList<EventDefinition> getEventDefinition();

	/**
	 * Returns the value of the '<em><b>Event Definition Ref</b></em>' attribute list.
	 * The list contents are of type {@link javax.xml.namespace.QName}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Definition Ref</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getThrowEvent_EventDefinitionRef()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='element' name='eventDefinitionRef' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<QName> getEventDefinitionRef();

} // ThrowEvent
