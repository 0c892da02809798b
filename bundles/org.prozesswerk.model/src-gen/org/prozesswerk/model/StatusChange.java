/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One entry of a process profile's status history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.StatusChange#getFrom <em>From</em>}</li>
 *   <li>{@link org.prozesswerk.model.StatusChange#getTo <em>To</em>}</li>
 *   <li>{@link org.prozesswerk.model.StatusChange#getWho <em>Who</em>}</li>
 *   <li>{@link org.prozesswerk.model.StatusChange#getWhen <em>When</em>}</li>
 *   <li>{@link org.prozesswerk.model.StatusChange#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.model.ProzesswerkPackage#getStatusChange()
 * @model
 * @generated
 */
public interface StatusChange extends EObject {
	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * The literals are from the enumeration {@link org.prozesswerk.model.FimStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see org.prozesswerk.model.FimStatus
	 * @see #setFrom(FimStatus)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getStatusChange_From()
	 * @model
	 * @generated
	 */
	FimStatus getFrom();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.StatusChange#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see org.prozesswerk.model.FimStatus
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(FimStatus value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * The literals are from the enumeration {@link org.prozesswerk.model.FimStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see org.prozesswerk.model.FimStatus
	 * @see #setTo(FimStatus)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getStatusChange_To()
	 * @model
	 * @generated
	 */
	FimStatus getTo();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.StatusChange#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see org.prozesswerk.model.FimStatus
	 * @see #getTo()
	 * @generated
	 */
	void setTo(FimStatus value);

	/**
	 * Returns the value of the '<em><b>Who</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Who</em>' attribute.
	 * @see #setWho(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getStatusChange_Who()
	 * @model
	 * @generated
	 */
	String getWho();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.StatusChange#getWho <em>Who</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Who</em>' attribute.
	 * @see #getWho()
	 * @generated
	 */
	void setWho(String value);

	/**
	 * Returns the value of the '<em><b>When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>When</em>' attribute.
	 * @see #setWhen(Date)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getStatusChange_When()
	 * @model
	 * @generated
	 */
	Date getWhen();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.StatusChange#getWhen <em>When</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>When</em>' attribute.
	 * @see #getWhen()
	 * @generated
	 */
	void setWhen(Date value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getStatusChange_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.StatusChange#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // StatusChange
