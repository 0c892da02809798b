/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 * Generated from the OMG BPMN 2.0 XSDs in model/xsd (see model/xsd/ABOUT.md) by releng/org.prozesswerk.codegen.
 */
package org.prozesswerk.bpmn.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Event Based Gateway</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.bpmn.model.EventBasedGateway#getEventGatewayType <em>Event Gateway Type</em>}</li>
 *   <li>{@link org.prozesswerk.bpmn.model.EventBasedGateway#isInstantiate <em>Instantiate</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.bpmn.model.BpmnPackage#getEventBasedGateway()
 * @model extendedMetaData="name='tEventBasedGateway' kind='elementOnly'"
 * @generated
 */
public interface EventBasedGateway extends Gateway {
	/**
	 * Returns the value of the '<em><b>Event Gateway Type</b></em>' attribute.
	 * The default value is <code>"Exclusive"</code>.
	 * The literals are from the enumeration {@link org.prozesswerk.bpmn.model.EventBasedGatewayType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Gateway Type</em>' attribute.
	 * @see org.prozesswerk.bpmn.model.EventBasedGatewayType
	 * @see #isSetEventGatewayType()
	 * @see #unsetEventGatewayType()
	 * @see #setEventGatewayType(EventBasedGatewayType)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getEventBasedGateway_EventGatewayType()
	 * @model default="Exclusive" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='eventGatewayType'"
	 * @generated
	 */
	EventBasedGatewayType getEventGatewayType();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.EventBasedGateway#getEventGatewayType <em>Event Gateway Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Gateway Type</em>' attribute.
	 * @see org.prozesswerk.bpmn.model.EventBasedGatewayType
	 * @see #isSetEventGatewayType()
	 * @see #unsetEventGatewayType()
	 * @see #getEventGatewayType()
	 * @generated
	 */
	void setEventGatewayType(EventBasedGatewayType value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.EventBasedGateway#getEventGatewayType <em>Event Gateway Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEventGatewayType()
	 * @see #getEventGatewayType()
	 * @see #setEventGatewayType(EventBasedGatewayType)
	 * @generated
	 */
	void unsetEventGatewayType();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.EventBasedGateway#getEventGatewayType <em>Event Gateway Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Event Gateway Type</em>' attribute is set.
	 * @see #unsetEventGatewayType()
	 * @see #getEventGatewayType()
	 * @see #setEventGatewayType(EventBasedGatewayType)
	 * @generated
	 */
	boolean isSetEventGatewayType();

	/**
	 * Returns the value of the '<em><b>Instantiate</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instantiate</em>' attribute.
	 * @see #isSetInstantiate()
	 * @see #unsetInstantiate()
	 * @see #setInstantiate(boolean)
	 * @see org.prozesswerk.bpmn.model.BpmnPackage#getEventBasedGateway_Instantiate()
	 * @model default="false" unsettable="true" dataType="org.eclipse.emf.ecore.xml.type.Boolean"
	 *        extendedMetaData="kind='attribute' name='instantiate'"
	 * @generated
	 */
	boolean isInstantiate();

	/**
	 * Sets the value of the '{@link org.prozesswerk.bpmn.model.EventBasedGateway#isInstantiate <em>Instantiate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instantiate</em>' attribute.
	 * @see #isSetInstantiate()
	 * @see #unsetInstantiate()
	 * @see #isInstantiate()
	 * @generated
	 */
	void setInstantiate(boolean value);

	/**
	 * Unsets the value of the '{@link org.prozesswerk.bpmn.model.EventBasedGateway#isInstantiate <em>Instantiate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInstantiate()
	 * @see #isInstantiate()
	 * @see #setInstantiate(boolean)
	 * @generated
	 */
	void unsetInstantiate();

	/**
	 * Returns whether the value of the '{@link org.prozesswerk.bpmn.model.EventBasedGateway#isInstantiate <em>Instantiate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Instantiate</em>' attribute is set.
	 * @see #unsetInstantiate()
	 * @see #isInstantiate()
	 * @see #setInstantiate(boolean)
	 * @generated
	 */
	boolean isSetInstantiate();

} // EventBasedGateway
