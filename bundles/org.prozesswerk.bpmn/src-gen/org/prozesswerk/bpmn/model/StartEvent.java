/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Start Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.StartEvent#isIsInterrupting <em>Is Interrupting</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getStartEvent()
 * @model extendedMetaData="name='tStartEvent' kind='elementOnly'"
 * @generated
 */
public interface StartEvent extends CatchEvent {
	/**
	 * Returns the value of the '<em><b>Is Interrupting</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Is Interrupting</em>' attribute.
	 * @see #isSetIsInterrupting()
	 * @see #unsetIsInterrupting()
	 * @see #setIsInterrupting(boolean)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getStartEvent_IsInterrupting()
	 * @model default="true" unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='isInterrupting'"
	 * @generated
	 */
	boolean isIsInterrupting();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.StartEvent#isIsInterrupting <em>Is Interrupting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Is Interrupting</em>' attribute.
	 * @see #isSetIsInterrupting()
	 * @see #unsetIsInterrupting()
	 * @see #isIsInterrupting()
	 * @generated
	 */
	void setIsInterrupting(boolean value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.StartEvent#isIsInterrupting <em>Is Interrupting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIsInterrupting()
	 * @see #isIsInterrupting()
	 * @see #setIsInterrupting(boolean)
	 * @generated
	 */
	void unsetIsInterrupting();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.StartEvent#isIsInterrupting <em>Is Interrupting</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Is Interrupting</em>' attribute is set.
	 * @see #unsetIsInterrupting()
	 * @see #isIsInterrupting()
	 * @see #setIsInterrupting(boolean)
	 * @generated
	 */
	boolean isSetIsInterrupting();

} // StartEvent
