/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Legal Basis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A legal basis (Rechtsgrundlage) of a process.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.LegalBasis#getAbbreviation <em>Abbreviation</em>}</li>
 *   <li>{@link org.prozesswerk.model.LegalBasis#getParagraph <em>Paragraph</em>}</li>
 *   <li>{@link org.prozesswerk.model.LegalBasis#getTitle <em>Title</em>}</li>
 *   <li>{@link org.prozesswerk.model.LegalBasis#getUrl <em>Url</em>}</li>
 *   <li>{@link org.prozesswerk.model.LegalBasis#getSourceCatalogue <em>Source Catalogue</em>}</li>
 * </ul>
 *
 * @see org.prozesswerk.model.ProzesswerkPackage#getLegalBasis()
 * @model
 * @generated
 */
public interface LegalBasis extends EObject {
	/**
	 * Returns the value of the '<em><b>Abbreviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Abbreviation of the norm, e.g. "MuSchG".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Abbreviation</em>' attribute.
	 * @see #setAbbreviation(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getLegalBasis_Abbreviation()
	 * @model
	 * @generated
	 */
	String getAbbreviation();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.LegalBasis#getAbbreviation <em>Abbreviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Abbreviation</em>' attribute.
	 * @see #getAbbreviation()
	 * @generated
	 */
	void setAbbreviation(String value);

	/**
	 * Returns the value of the '<em><b>Paragraph</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paragraph</em>' attribute.
	 * @see #setParagraph(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getLegalBasis_Paragraph()
	 * @model
	 * @generated
	 */
	String getParagraph();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.LegalBasis#getParagraph <em>Paragraph</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paragraph</em>' attribute.
	 * @see #getParagraph()
	 * @generated
	 */
	void setParagraph(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getLegalBasis_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.LegalBasis#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getLegalBasis_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.LegalBasis#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Source Catalogue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Catalogue</em>' attribute.
	 * @see #setSourceCatalogue(String)
	 * @see org.prozesswerk.model.ProzesswerkPackage#getLegalBasis_SourceCatalogue()
	 * @model
	 * @generated
	 */
	String getSourceCatalogue();

	/**
	 * Sets the value of the '{@link org.prozesswerk.model.LegalBasis#getSourceCatalogue <em>Source Catalogue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Catalogue</em>' attribute.
	 * @see #getSourceCatalogue()
	 * @generated
	 */
	void setSourceCatalogue(String value);

} // LegalBasis
