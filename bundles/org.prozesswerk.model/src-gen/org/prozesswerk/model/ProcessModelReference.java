/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process Model Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A process model file (e.g. BPMN 2.0) belonging to a process profile.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.ProcessModelReference#getPath <em>Path</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessModelReference#getDetailLevel <em>Detail Level</em>}</li>
 *   <li>{@link org.prozesswerk.model.ProcessModelReference#getTitle <em>Title</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessModelReference()
 * @model
 * @generated
 */
public interface ProcessModelReference extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the model file, relative to the register file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessModelReference_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessModelReference#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Detail Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Detail Level</em>' attribute.
	 * @see #setDetailLevel(int)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessModelReference_DetailLevel()
	 * @model dataType="org.prozesswerk.model.DetailLevel"
	 * @generated
	 */
	int getDetailLevel();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessModelReference#getDetailLevel <em>Detail Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail Level</em>' attribute.
	 * @see #getDetailLevel()
	 * @generated
	 */
	void setDetailLevel(int value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getProcessModelReference_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.ProcessModelReference#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

} // ProcessModelReference
