/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.prozesswerk.rules.parser.antlr.internal.InternalRulesLexer;

/**
 * Syntax colouring from the language's own lexer: the generated ANTLR lexer splits the text, the token definitions
 * say which tokens are keywords, strings, numbers or comments. The whole document is lexed (rule files are small),
 * so multi-line comments and strings are never cut.
 */
final class RulesTokenScanner implements ITokenScanner {

    private final IToken keyword;
    private final IToken string;
    private final IToken comment;
    private final IToken number;
    private final IToken plain = new org.eclipse.jface.text.rules.Token(null);
    private final Map<Integer, String> definitions;

    private List<CommonToken> tokens = List.of();
    private int index;
    private CommonToken current;

    RulesTokenScanner() {
        Display display = Display.getCurrent();
        keyword = token(display, new RGB(127, 0, 85), SWT.BOLD);
        string = token(display, new RGB(42, 0, 255), SWT.NORMAL);
        comment = token(display, new RGB(63, 127, 95), SWT.ITALIC);
        number = token(display, new RGB(0, 0, 128), SWT.NORMAL);
        definitions = RulesUi.injector().getInstance(ITokenDefProvider.class).getTokenDefMap();
    }

    private static IToken token(Display display, RGB rgb, int style) {
        return new org.eclipse.jface.text.rules.Token(new TextAttribute(new Color(display, rgb), null, style));
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        List<CommonToken> all = new ArrayList<>();
        InternalRulesLexer lexer = new InternalRulesLexer(new ANTLRStringStream(document.get()));
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            CommonToken common = (CommonToken) token;
            if (common.getStopIndex() >= offset && common.getStartIndex() < offset + length) {
                all.add(common);
            }
        }
        tokens = all;
        index = 0;
        current = null;
    }

    @Override
    public IToken nextToken() {
        if (index >= tokens.size()) {
            return org.eclipse.jface.text.rules.Token.EOF;
        }
        current = tokens.get(index++);
        String name = definitions.get(current.getType());
        if (name == null) {
            return plain;
        }
        if (name.equals("RULE_STRING")) {
            return string;
        }
        if (name.equals("RULE_ML_COMMENT") || name.equals("RULE_SL_COMMENT")) {
            return comment;
        }
        if (name.equals("RULE_INT")) {
            return number;
        }
        // keywords are defined as their quoted text: 'regel', 'prüfe', ...
        if (name.length() > 2 && name.startsWith("'") && Character.isLetter(name.charAt(1))) {
            return keyword;
        }
        return plain;
    }

    @Override
    public int getTokenOffset() {
        return current.getStartIndex();
    }

    @Override
    public int getTokenLength() {
        return current.getStopIndex() - current.getStartIndex() + 1;
    }
}
