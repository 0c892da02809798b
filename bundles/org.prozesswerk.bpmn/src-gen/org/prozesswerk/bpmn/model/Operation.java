/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;

import javax.xml.namespace.QName;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.Operation#getInMessageRef <em>In Message Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Operation#getOutMessageRef <em>Out Message Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Operation#getErrorRef <em>Error Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Operation#getImplementationRef <em>Implementation Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.Operation#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getOperation()
 * @model extendedMetaData="name='tOperation' kind='elementOnly'"
 * @generated
 */
public interface Operation extends BaseElement {
	/**
	 * Returns the value of the '<em><b>In Message Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Message Ref</em>' attribute.
	 * @see #setInMessageRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getOperation_InMessageRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName" required="true"
	 *        extendedMetaData="kind='element' name='inMessageRef' namespace='##targetNamespace'"
	 * @generated
	 */
	QName getInMessageRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Operation#getInMessageRef <em>In Message Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Message Ref</em>' attribute.
	 * @see #getInMessageRef()
	 * @generated
	 */
	void setInMessageRef(QName value);

	/**
	 * Returns the value of the '<em><b>Out Message Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Out Message Ref</em>' attribute.
	 * @see #setOutMessageRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getOperation_OutMessageRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='element' name='outMessageRef' namespace='##targetNamespace'"
	 * @generated
	 */
	QName getOutMessageRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Operation#getOutMessageRef <em>Out Message Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out Message Ref</em>' attribute.
	 * @see #getOutMessageRef()
	 * @generated
	 */
	void setOutMessageRef(QName value);

	/**
	 * Returns the value of the '<em><b>Error Ref</b></em>' attribute list.
	 * The list contents are of type {@link javax.xml.namespace.QName}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Ref</em>' attribute list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getOperation_ErrorRef()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='element' name='errorRef' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<QName> getErrorRef();

	/**
	 * Returns the value of the '<em><b>Implementation Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Implementation Ref</em>' attribute.
	 * @see #setImplementationRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getOperation_ImplementationRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='attribute' name='implementationRef'"
	 * @generated
	 */
	QName getImplementationRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Operation#getImplementationRef <em>Implementation Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Implementation Ref</em>' attribute.
	 * @see #getImplementationRef()
	 * @generated
	 */
	void setImplementationRef(QName value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getOperation_Name()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String" required="true"
	 *        extendedMetaData="kind='attribute' name='name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Operation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // Operation
