/**
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Legal Basis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.prozesswerk.model.impl.LegalBasisImpl#getAbbreviation <em>Abbreviation</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.LegalBasisImpl#getParagraph <em>Paragraph</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.LegalBasisImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.LegalBasisImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.prozesswerk.model.impl.LegalBasisImpl#getSourceCatalogue <em>Source Catalogue</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LegalBasisImpl extends MinimalEObjectImpl.Container implements LegalBasis {
	/**
	 * The default value of the '{@link #getAbbreviation() <em>Abbreviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbbreviation()
	 * @generated
	 * @ordered
	 */
	protected static final String ABBREVIATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAbbreviation() <em>Abbreviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbbreviation()
	 * @generated
	 * @ordered
	 */
	protected String abbreviation = ABBREVIATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getParagraph() <em>Paragraph</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraph()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAGRAPH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParagraph() <em>Paragraph</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraph()
	 * @generated
	 * @ordered
	 */
	protected String paragraph = PARAGRAPH_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceCatalogue() <em>Source Catalogue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceCatalogue()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_CATALOGUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceCatalogue() <em>Source Catalogue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceCatalogue()
	 * @generated
	 * @ordered
	 */
	protected String sourceCatalogue = SOURCE_CATALOGUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LegalBasisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProzesswerkPackage.Literals.LEGAL_BASIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAbbreviation() {
		return abbreviation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAbbreviation(String newAbbreviation) {
		String oldAbbreviation = abbreviation;
		abbreviation = newAbbreviation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.LEGAL_BASIS__ABBREVIATION, oldAbbreviation, abbreviation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParagraph() {
		return paragraph;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParagraph(String newParagraph) {
		String oldParagraph = paragraph;
		paragraph = newParagraph;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.LEGAL_BASIS__PARAGRAPH, oldParagraph, paragraph));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.LEGAL_BASIS__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.LEGAL_BASIS__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceCatalogue() {
		return sourceCatalogue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceCatalogue(String newSourceCatalogue) {
		String oldSourceCatalogue = sourceCatalogue;
		sourceCatalogue = newSourceCatalogue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProzesswerkPackage.LEGAL_BASIS__SOURCE_CATALOGUE, oldSourceCatalogue, sourceCatalogue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProzesswerkPackage.LEGAL_BASIS__ABBREVIATION:
				return getAbbreviation();
			case ProzesswerkPackage.LEGAL_BASIS__PARAGRAPH:
				return getParagraph();
			case ProzesswerkPackage.LEGAL_BASIS__TITLE:
				return getTitle();
			case ProzesswerkPackage.LEGAL_BASIS__URL:
				return getUrl();
			case ProzesswerkPackage.LEGAL_BASIS__SOURCE_CATALOGUE:
				return getSourceCatalogue();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProzesswerkPackage.LEGAL_BASIS__ABBREVIATION:
				setAbbreviation((String)newValue);
				return;
			case ProzesswerkPackage.LEGAL_BASIS__PARAGRAPH:
				setParagraph((String)newValue);
				return;
			case ProzesswerkPackage.LEGAL_BASIS__TITLE:
				setTitle((String)newValue);
				return;
			case ProzesswerkPackage.LEGAL_BASIS__URL:
				setUrl((String)newValue);
				return;
			case ProzesswerkPackage.LEGAL_BASIS__SOURCE_CATALOGUE:
				setSourceCatalogue((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProzesswerkPackage.LEGAL_BASIS__ABBREVIATION:
				setAbbreviation(ABBREVIATION_EDEFAULT);
				return;
			case ProzesswerkPackage.LEGAL_BASIS__PARAGRAPH:
				setParagraph(PARAGRAPH_EDEFAULT);
				return;
			case ProzesswerkPackage.LEGAL_BASIS__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ProzesswerkPackage.LEGAL_BASIS__URL:
				setUrl(URL_EDEFAULT);
				return;
			case ProzesswerkPackage.LEGAL_BASIS__SOURCE_CATALOGUE:
				setSourceCatalogue(SOURCE_CATALOGUE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProzesswerkPackage.LEGAL_BASIS__ABBREVIATION:
				return ABBREVIATION_EDEFAULT == null ? abbreviation != null : !ABBREVIATION_EDEFAULT.equals(abbreviation);
			case ProzesswerkPackage.LEGAL_BASIS__PARAGRAPH:
				return PARAGRAPH_EDEFAULT == null ? paragraph != null : !PARAGRAPH_EDEFAULT.equals(paragraph);
			case ProzesswerkPackage.LEGAL_BASIS__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ProzesswerkPackage.LEGAL_BASIS__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case ProzesswerkPackage.LEGAL_BASIS__SOURCE_CATALOGUE:
				return SOURCE_CATALOGUE_EDEFAULT == null ? sourceCatalogue != null : !SOURCE_CATALOGUE_EDEFAULT.equals(sourceCatalogue);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (abbreviation: "); //$NON-NLS-1$
		result.append(abbreviation);
		result.append(", paragraph: "); //$NON-NLS-1$
		result.append(paragraph);
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", url: "); //$NON-NLS-1$
		result.append(url);
		result.append(", sourceCatalogue: "); //$NON-NLS-1$
		result.append(sourceCatalogue);
		result.append(')');
		return result.toString();
	}

} //LegalBasisImpl
