/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * Content assist through Xtext's IDE services: the content assist parser finds what may follow the cursor, the
 * proposal provider turns that into keywords and the names the scope provider offers (features of the element type,
 * variables, conditions, enumeration values).
 */
final class RulesContentAssistProcessor implements IContentAssistProcessor {

    private final RulesEditor editor;

    RulesContentAssistProcessor(RulesEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        String text = viewer.getDocument().get();
        URI uri = editor.resourceUri();
        XtextResource resource = RulesUi.parse(uri, text);
        ContentAssistContextFactory factory = RulesUi.injector().getInstance(ContentAssistContextFactory.class);
        factory.setPool(RulesUi.pool());
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        IdeContentProposalProvider provider = RulesUi.injector().getInstance(IdeContentProposalProvider.class);
        IdeContentProposalAcceptor acceptor = RulesUi.injector().getInstance(IdeContentProposalAcceptor.class);
        provider.createProposals(Arrays.asList(contexts), acceptor);
        List<ICompletionProposal> proposals = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ContentAssistEntry entry : acceptor.getEntries()) {
            String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
            String proposal = entry.getProposal();
            // Punctuation keywords ('.', '(', '=') are typed, not chosen; offering them is noise.
            if (proposal == null || proposal.chars().noneMatch(Character::isLetterOrDigit) || !seen.add(proposal)) {
                continue;
            }
            String label = entry.getLabel() != null ? entry.getLabel() : proposal;
            String description = describe(entry.getDescription());
            String display = description == null ? label : label + " \u2013 " + description;
            proposals.add(new CompletionProposal(proposal, offset - prefix.length(), prefix.length(),
                    proposal.length(), null, display, null, null));
        }
        return proposals.toArray(new ICompletionProposal[0]);
    }

    /** Xtext describes a name by the metamodel class of its target ("EAttribute"); users want to know what it is. */
    private static String describe(String description) {
        if (description == null) {
            return null;
        }
        return switch (description) {
            case "EAttribute", "EReference", "EStructuralFeature" -> Messages.proposalFeature;
            case "EEnumLiteral" -> Messages.proposalLiteral;
            default -> description;
        };
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
