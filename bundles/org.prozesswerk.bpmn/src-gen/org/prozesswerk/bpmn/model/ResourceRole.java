/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;

import javax.xml.namespace.QName;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.ResourceRole#getResourceRef <em>Resource Ref</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.ResourceRole#getResourceParameterBinding <em>Resource Parameter Binding</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.ResourceRole#getResourceAssignmentExpression <em>Resource Assignment Expression</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.ResourceRole#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getResourceRole()
 * @model extendedMetaData="name='tResourceRole' kind='elementOnly'"
 * @generated
 */
public interface ResourceRole extends BaseElement {
	/**
	 * Returns the value of the '<em><b>Resource Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Ref</em>' attribute.
	 * @see #setResourceRef(QName)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getResourceRole_ResourceRef()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.QName"
	 *        extendedMetaData="kind='element' name='resourceRef' namespace='##targetNamespace'"
	 * @generated
	 */
	QName getResourceRef();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.ResourceRole#getResourceRef <em>Resource Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Ref</em>' attribute.
	 * @see #getResourceRef()
	 * @generated
	 */
	void setResourceRef(QName value);

	/**
	 * Returns the value of the '<em><b>Resource Parameter Binding</b></em>' containment reference list.
	 * The list contents are of type {@link org.prozesswerk.bpmn.model.ResourceParameterBinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Parameter Binding</em>' containment reference list.
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getResourceRole_ResourceParameterBinding()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='resourceParameterBinding' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<ResourceParameterBinding> getResourceParameterBinding();

	/**
	 * Returns the value of the '<em><b>Resource Assignment Expression</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Assignment Expression</em>' containment reference.
	 * @see #setResourceAssignmentExpression(ResourceAssignmentExpression)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getResourceRole_ResourceAssignmentExpression()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='resourceAssignmentExpression' namespace='##targetNamespace'"
	 * @generated
	 */
	ResourceAssignmentExpression getResourceAssignmentExpression();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.ResourceRole#getResourceAssignmentExpression <em>Resource Assignment Expression</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Assignment Expression</em>' containment reference.
	 * @see #getResourceAssignmentExpression()
	 * @generated
	 */
	void setResourceAssignmentExpression(ResourceAssignmentExpression value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getResourceRole_Name()
	 * @model dataType="org.eclipse.emf.ecore.xml.type.String"
	 *        extendedMetaData="kind='attribute' name='name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.ResourceRole#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // ResourceRole
