/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.Gateway#getGatewayDirection <em>Gateway Direction</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getGateway()
 * @model extendedMetaData="name='tGateway' kind='elementOnly'"
 * @generated
 */
public interface Gateway extends FlowNode {
	/**
	 * Returns the value of the '<em><b>Gateway Direction</b></em>' attribute.
	 * The default value is <code>"Unspecified"</code>.
	 * The literals are from the enumeration {@link org.prozesswerk.bpmn.model.GatewayDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gateway Direction</em>' attribute.
	 * @see org.prozesswerk.bpmn.model.GatewayDirection
	 * @see #isSetGatewayDirection()
	 * @see #unsetGatewayDirection()
	 * @see #setGatewayDirection(GatewayDirection)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getGateway_GatewayDirection()
	 * @model default="Unspecified" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='gatewayDirection'"
	 * @generated
	 */
	GatewayDirection getGatewayDirection();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.Gateway#getGatewayDirection <em>Gateway Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway Direction</em>' attribute.
	 * @see org.prozesswerk.bpmn.model.GatewayDirection
	 * @see #isSetGatewayDirection()
	 * @see #unsetGatewayDirection()
	 * @see #getGatewayDirection()
	 * @generated
	 */
	void setGatewayDirection(GatewayDirection value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.Gateway#getGatewayDirection <em>Gateway Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGatewayDirection()
	 * @see #getGatewayDirection()
	 * @see #setGatewayDirection(GatewayDirection)
	 * @generated
	 */
	void unsetGatewayDirection();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.Gateway#getGatewayDirection <em>Gateway Direction</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Gateway Direction</em>' attribute is set.
	 * @see #unsetGatewayDirection()
	 * @see #getGatewayDirection()
	 * @see #setGatewayDirection(GatewayDirection)
	 * @generated
	 */
	boolean isSetGatewayDirection();

} // Gateway
