package org.prozesswerk.rules.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import org.prozesswerk.rules.services.RulesGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalRulesParser extends AbstractInternalAntlrParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_ID", "RULE_INT", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'regelwerk'", "'dokumentation'", "'importiere'", "'bedingung'", "'f\\u00FCr'", "':'", "'regel'", "'schweregrad'", "'wenn'", "'pr\\u00FCfe'", "'meldung'", "'-'", "'.'", "'oder'", "'und'", "'nicht'", "'='", "'!='", "'<'", "'<='", "'>'", "'>='", "'ist'", "'passt'", "'zu'", "'+'", "'wahr'", "'falsch'", "'dies'", "'register'", "'anzahl'", "'('", "'in'", "'mit'", "')'", "'l\\u00E4nge'", "'attribut'", "'katalogverweise'", "'hat'", "'katalogverweis'", "'alle'", "'gilt'", "'es'", "'gibt'", "'kein'", "'fehler'", "'warnung'", "'hinweis'", "'gesetzt'", "'leer'", "'eindeutig'", "'aufl\\u00F6sbar'", "'entfallen'", "'erstes'", "'letztes'"
    };
    public static final int T__50=50;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__59=59;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__11=11;
    public static final int T__55=55;
    public static final int T__12=12;
    public static final int T__56=56;
    public static final int T__13=13;
    public static final int T__57=57;
    public static final int T__14=14;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int T__53=53;
    public static final int T__54=54;
    public static final int T__60=60;
    public static final int T__61=61;
    public static final int RULE_ID=5;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int RULE_INT=6;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int RULE_ML_COMMENT=7;
    public static final int T__23=23;
    public static final int T__24=24;
    public static final int T__25=25;
    public static final int T__62=62;
    public static final int T__63=63;
    public static final int T__20=20;
    public static final int T__64=64;
    public static final int T__21=21;
    public static final int T__65=65;
    public static final int RULE_STRING=4;
    public static final int RULE_SL_COMMENT=8;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__34=34;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int EOF=-1;
    public static final int T__30=30;
    public static final int T__31=31;
    public static final int T__32=32;
    public static final int RULE_WS=9;
    public static final int RULE_ANY_OTHER=10;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__41=41;
    public static final int T__42=42;
    public static final int T__43=43;


        public InternalRulesParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalRulesParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalRulesParser.tokenNames; }
    public String getGrammarFileName() { return "InternalRules.g"; }



     	private RulesGrammarAccess grammarAccess;

        public InternalRulesParser(TokenStream input, RulesGrammarAccess grammarAccess) {
            this(input);
            this.grammarAccess = grammarAccess;
            registerRules(grammarAccess.getGrammar());
        }

        @Override
        protected String getFirstRuleName() {
        	return "RuleFile";
       	}

       	@Override
       	protected RulesGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}
    public final EObject entryRuleRuleFile() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRuleFile = null;


        try {
            {
             newCompositeNode(grammarAccess.getRuleFileRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRuleFile=ruleRuleFile();

            state._fsp--;

             current =iv_ruleRuleFile; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject ruleRuleFile() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_1_0=null;
        Token otherlv_2=null;
        Token lv_documentation_3_0=null;
        EObject lv_imports_4_0 = null;

        EObject lv_definitions_5_0 = null;

        EObject lv_rules_6_0 = null;



        	enterRule();

        try {
            {
            {
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0==11) ) {
                alt1=1;
            }
            switch (alt1) {
                case 1 :
                    {
                    otherlv_0=(Token)match(input,11,FOLLOW_3); 

                    				newLeafNode(otherlv_0, grammarAccess.getRuleFileAccess().getRegelwerkKeyword_0_0());
                    {
                    {
                    lv_title_1_0=(Token)match(input,RULE_STRING,FOLLOW_4); 

                    						newLeafNode(lv_title_1_0, grammarAccess.getRuleFileAccess().getTitleSTRINGTerminalRuleCall_0_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getRuleFileRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"title",
                    							lv_title_1_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( (LA2_0==12) ) {
                alt2=1;
            }
            switch (alt2) {
                case 1 :
                    {
                    otherlv_2=(Token)match(input,12,FOLLOW_3); 

                    				newLeafNode(otherlv_2, grammarAccess.getRuleFileAccess().getDokumentationKeyword_1_0());
                    {
                    {
                    lv_documentation_3_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    						newLeafNode(lv_documentation_3_0, grammarAccess.getRuleFileAccess().getDocumentationSTRINGTerminalRuleCall_1_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getRuleFileRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"documentation",
                    							lv_documentation_3_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }
            loop3:
            do {
                int alt3=2;
                int LA3_0 = input.LA(1);

                if ( (LA3_0==13) ) {
                    alt3=1;
                }


                switch (alt3) {
            	case 1 :
            	    {
            	    {

            	    					newCompositeNode(grammarAccess.getRuleFileAccess().getImportsImportParserRuleCall_2_0());
            	    				
            	    pushFollow(FOLLOW_5);
            	    lv_imports_4_0=ruleImport();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getRuleFileRule());
            	    					}
            	    					add(
            	    						current,
            	    						"imports",
            	    						lv_imports_4_0,
            	    						"org.prozesswerk.rules.Rules.Import");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop3;
                }
            } while (true);
            loop4:
            do {
                int alt4=3;
                int LA4_0 = input.LA(1);

                if ( (LA4_0==14) ) {
                    alt4=1;
                }
                else if ( (LA4_0==17) ) {
                    alt4=2;
                }


                switch (alt4) {
            	case 1 :
            	    {
            	    {
            	    {

            	    						newCompositeNode(grammarAccess.getRuleFileAccess().getDefinitionsDefinitionParserRuleCall_3_0_0());
            	    					
            	    pushFollow(FOLLOW_6);
            	    lv_definitions_5_0=ruleDefinition();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getRuleFileRule());
            	    						}
            	    						add(
            	    							current,
            	    							"definitions",
            	    							lv_definitions_5_0,
            	    							"org.prozesswerk.rules.Rules.Definition");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    {
            	    {
            	    {

            	    						newCompositeNode(grammarAccess.getRuleFileAccess().getRulesRuleParserRuleCall_3_1_0());
            	    					
            	    pushFollow(FOLLOW_6);
            	    lv_rules_6_0=ruleRule();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getRuleFileRule());
            	    						}
            	    						add(
            	    							current,
            	    							"rules",
            	    							lv_rules_6_0,
            	    							"org.prozesswerk.rules.Rules.Rule");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop4;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject entryRuleImport() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImport = null;


        try {
            {
             newCompositeNode(grammarAccess.getImportRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleImport=ruleImport();

            state._fsp--;

             current =iv_ruleImport; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject ruleImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_importURI_1_0=null;


        	enterRule();

        try {
            {
            {
            otherlv_0=(Token)match(input,13,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getImportAccess().getImportiereKeyword_0());
            {
            {
            lv_importURI_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_importURI_1_0, grammarAccess.getImportAccess().getImportURISTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getImportRule());
            					}
            					setWithLastConsumed(
            						current,
            						"importURI",
            						lv_importURI_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject entryRuleDefinition() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDefinition = null;


        try {
            {
             newCompositeNode(grammarAccess.getDefinitionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDefinition=ruleDefinition();

            state._fsp--;

             current =iv_ruleDefinition; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject ruleDefinition() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token lv_documentation_7_0=null;
        EObject lv_body_5_0 = null;



        	enterRule();

        try {
            {
            {
            otherlv_0=(Token)match(input,14,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getDefinitionAccess().getBedingungKeyword_0());
            {
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_8); 

            					newLeafNode(lv_name_1_0, grammarAccess.getDefinitionAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getDefinitionRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.eclipse.xtext.common.Terminals.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,15,FOLLOW_7); 

            			newLeafNode(otherlv_2, grammarAccess.getDefinitionAccess().getFürKeyword_2());
            {
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getDefinitionRule());
            					}
            				
            otherlv_3=(Token)match(input,RULE_ID,FOLLOW_9); 

            					newLeafNode(otherlv_3, grammarAccess.getDefinitionAccess().getTypeEClassCrossReference_3_0());
            				

            }


            }

            otherlv_4=(Token)match(input,16,FOLLOW_10); 

            			newLeafNode(otherlv_4, grammarAccess.getDefinitionAccess().getColonKeyword_4());
            {
            {

            					newCompositeNode(grammarAccess.getDefinitionAccess().getBodyExpressionParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_11);
            lv_body_5_0=ruleExpression();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getDefinitionRule());
            					}
            					set(
            						current,
            						"body",
            						lv_body_5_0,
            						"org.prozesswerk.rules.Rules.Expression");
            					afterParserOrEnumRuleCall();
            				

            }


            }
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==12) ) {
                alt5=1;
            }
            switch (alt5) {
                case 1 :
                    {
                    otherlv_6=(Token)match(input,12,FOLLOW_3); 

                    				newLeafNode(otherlv_6, grammarAccess.getDefinitionAccess().getDokumentationKeyword_6_0());
                    {
                    {
                    lv_documentation_7_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_documentation_7_0, grammarAccess.getDefinitionAccess().getDocumentationSTRINGTerminalRuleCall_6_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getDefinitionRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"documentation",
                    							lv_documentation_7_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject entryRuleRule() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRule = null;


        try {
            {
             newCompositeNode(grammarAccess.getRuleRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRule=ruleRule();

            state._fsp--;

             current =iv_ruleRule; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject ruleRule() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        Token lv_message_12_0=null;
        Token otherlv_13=null;
        Token lv_documentation_14_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        Enumerator lv_severity_6_0 = null;

        EObject lv_guard_8_0 = null;

        EObject lv_check_10_0 = null;



        	enterRule();

        try {
            {
            {
            otherlv_0=(Token)match(input,17,FOLLOW_7); 

            			newLeafNode(otherlv_0, grammarAccess.getRuleAccess().getRegelKeyword_0());
            {
            {

            					newCompositeNode(grammarAccess.getRuleAccess().getNameRuleIdParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_3);
            lv_name_1_0=ruleRuleId();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getRuleRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.prozesswerk.rules.Rules.RuleId");
            					afterParserOrEnumRuleCall();
            				

            }


            }
            {
            {
            lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_8); 

            					newLeafNode(lv_title_2_0, grammarAccess.getRuleAccess().getTitleSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRuleRule());
            					}
            					setWithLastConsumed(
            						current,
            						"title",
            						lv_title_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            otherlv_3=(Token)match(input,15,FOLLOW_7); 

            			newLeafNode(otherlv_3, grammarAccess.getRuleAccess().getFürKeyword_3());
            {
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRuleRule());
            					}
            				
            otherlv_4=(Token)match(input,RULE_ID,FOLLOW_12); 

            					newLeafNode(otherlv_4, grammarAccess.getRuleAccess().getTypeEClassCrossReference_4_0());
            				

            }


            }

            otherlv_5=(Token)match(input,18,FOLLOW_13); 

            			newLeafNode(otherlv_5, grammarAccess.getRuleAccess().getSchweregradKeyword_5());
            {
            {

            					newCompositeNode(grammarAccess.getRuleAccess().getSeveritySeverityEnumRuleCall_6_0());
            				
            pushFollow(FOLLOW_14);
            lv_severity_6_0=ruleSeverity();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getRuleRule());
            					}
            					set(
            						current,
            						"severity",
            						lv_severity_6_0,
            						"org.prozesswerk.rules.Rules.Severity");
            					afterParserOrEnumRuleCall();
            				

            }


            }
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==19) ) {
                alt6=1;
            }
            switch (alt6) {
                case 1 :
                    {
                    otherlv_7=(Token)match(input,19,FOLLOW_10); 

                    				newLeafNode(otherlv_7, grammarAccess.getRuleAccess().getWennKeyword_7_0());
                    {
                    {

                    						newCompositeNode(grammarAccess.getRuleAccess().getGuardExpressionParserRuleCall_7_1_0());
                    					
                    pushFollow(FOLLOW_15);
                    lv_guard_8_0=ruleExpression();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getRuleRule());
                    						}
                    						set(
                    							current,
                    							"guard",
                    							lv_guard_8_0,
                    							"org.prozesswerk.rules.Rules.Expression");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_9=(Token)match(input,20,FOLLOW_10); 

            			newLeafNode(otherlv_9, grammarAccess.getRuleAccess().getPrüfeKeyword_8());
            {
            {

            					newCompositeNode(grammarAccess.getRuleAccess().getCheckExpressionParserRuleCall_9_0());
            				
            pushFollow(FOLLOW_16);
            lv_check_10_0=ruleExpression();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getRuleRule());
            					}
            					set(
            						current,
            						"check",
            						lv_check_10_0,
            						"org.prozesswerk.rules.Rules.Expression");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_11=(Token)match(input,21,FOLLOW_3); 

            			newLeafNode(otherlv_11, grammarAccess.getRuleAccess().getMeldungKeyword_10());
            {
            {
            lv_message_12_0=(Token)match(input,RULE_STRING,FOLLOW_11); 

            					newLeafNode(lv_message_12_0, grammarAccess.getRuleAccess().getMessageSTRINGTerminalRuleCall_11_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRuleRule());
            					}
            					setWithLastConsumed(
            						current,
            						"message",
            						lv_message_12_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( (LA7_0==12) ) {
                alt7=1;
            }
            switch (alt7) {
                case 1 :
                    {
                    otherlv_13=(Token)match(input,12,FOLLOW_3); 

                    				newLeafNode(otherlv_13, grammarAccess.getRuleAccess().getDokumentationKeyword_12_0());
                    {
                    {
                    lv_documentation_14_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_documentation_14_0, grammarAccess.getRuleAccess().getDocumentationSTRINGTerminalRuleCall_12_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getRuleRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"documentation",
                    							lv_documentation_14_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final String entryRuleRuleId() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleRuleId = null;


        try {
            {
             newCompositeNode(grammarAccess.getRuleIdRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRuleId=ruleRuleId();

            state._fsp--;

             current =iv_ruleRuleId.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final AntlrDatatypeRuleToken ruleRuleId() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;
        Token this_ID_3=null;
        Token this_INT_4=null;


        	enterRule();

        try {
            {
            {
            this_ID_0=(Token)match(input,RULE_ID,FOLLOW_17); 

            			current.merge(this_ID_0);
            		

            			newLeafNode(this_ID_0, grammarAccess.getRuleIdAccess().getIDTerminalRuleCall_0());
            loop10:
            do {
                int alt10=2;
                int LA10_0 = input.LA(1);

                if ( ((LA10_0>=22 && LA10_0<=23)) ) {
                    alt10=1;
                }


                switch (alt10) {
            	case 1 :
            	    {
            	    int alt8=2;
            	    int LA8_0 = input.LA(1);

            	    if ( (LA8_0==22) ) {
            	        alt8=1;
            	    }
            	    else if ( (LA8_0==23) ) {
            	        alt8=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 8, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt8) {
            	        case 1 :
            	            {
            	            kw=(Token)match(input,22,FOLLOW_18); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getRuleIdAccess().getHyphenMinusKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            {
            	            kw=(Token)match(input,23,FOLLOW_18); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getRuleIdAccess().getFullStopKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }
            	    int alt9=2;
            	    int LA9_0 = input.LA(1);

            	    if ( (LA9_0==RULE_ID) ) {
            	        alt9=1;
            	    }
            	    else if ( (LA9_0==RULE_INT) ) {
            	        alt9=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 9, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt9) {
            	        case 1 :
            	            {
            	            this_ID_3=(Token)match(input,RULE_ID,FOLLOW_17); 

            	            					current.merge(this_ID_3);
            	            				

            	            					newLeafNode(this_ID_3, grammarAccess.getRuleIdAccess().getIDTerminalRuleCall_1_1_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            {
            	            this_INT_4=(Token)match(input,RULE_INT,FOLLOW_17); 

            	            					current.merge(this_INT_4);
            	            				

            	            					newLeafNode(this_INT_4, grammarAccess.getRuleIdAccess().getINTTerminalRuleCall_1_1_1());
            	            				

            	            }
            	            break;

            	    }


            	    }
            	    break;

            	default :
            	    break loop10;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject entryRuleExpression() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpression = null;


        try {
            {
             newCompositeNode(grammarAccess.getExpressionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpression=ruleExpression();

            state._fsp--;

             current =iv_ruleExpression; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject ruleExpression() throws RecognitionException {
        EObject current = null;

        EObject this_Or_0 = null;



        	enterRule();

        try {
            {

            		newCompositeNode(grammarAccess.getExpressionAccess().getOrParserRuleCall());
            	
            pushFollow(FOLLOW_2);
            this_Or_0=ruleOr();

            state._fsp--;


            		current = this_Or_0;
            		afterParserOrEnumRuleCall();
            	

            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject entryRuleOr() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOr = null;


        try {
            {
             newCompositeNode(grammarAccess.getOrRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOr=ruleOr();

            state._fsp--;

             current =iv_ruleOr; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject ruleOr() throws RecognitionException {
        EObject current = null;

        Token lv_op_2_0=null;
        EObject this_And_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            {
            {

            			newCompositeNode(grammarAccess.getOrAccess().getAndParserRuleCall_0());
            		
            pushFollow(FOLLOW_19);
            this_And_0=ruleAnd();

            state._fsp--;


            			current = this_And_0;
            			afterParserOrEnumRuleCall();
            loop11:
            do {
                int alt11=2;
                int LA11_0 = input.LA(1);

                if ( (LA11_0==24) ) {
                    alt11=1;
                }


                switch (alt11) {
            	case 1 :
            	    {
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getOrAccess().getBinaryLeftAction_1_0(),
            	    						current);
            	    				

            	    }
            	    {
            	    {
            	    lv_op_2_0=(Token)match(input,24,FOLLOW_10); 

            	    						newLeafNode(lv_op_2_0, grammarAccess.getOrAccess().getOpOderKeyword_1_1_0());
            	    					

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getOrRule());
            	    						}
            	    						setWithLastConsumed(current, "op", lv_op_2_0, "oder");
            	    					

            	    }


            	    }
            	    {
            	    {

            	    						newCompositeNode(grammarAccess.getOrAccess().getRightAndParserRuleCall_1_2_0());
            	    					
            	    pushFollow(FOLLOW_19);
            	    lv_right_3_0=ruleAnd();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getOrRule());
            	    						}
            	    						set(
            	    							current,
            	    							"right",
            	    							lv_right_3_0,
            	    							"org.prozesswerk.rules.Rules.And");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop11;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject entryRuleAnd() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAnd = null;


        try {
            {
             newCompositeNode(grammarAccess.getAndRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAnd=ruleAnd();

            state._fsp--;

             current =iv_ruleAnd; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject ruleAnd() throws RecognitionException {
        EObject current = null;

        Token lv_op_2_0=null;
        EObject this_Not_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            {
            {

            			newCompositeNode(grammarAccess.getAndAccess().getNotParserRuleCall_0());
            		
            pushFollow(FOLLOW_20);
            this_Not_0=ruleNot();

            state._fsp--;


            			current = this_Not_0;
            			afterParserOrEnumRuleCall();
            loop12:
            do {
                int alt12=2;
                int LA12_0 = input.LA(1);

                if ( (LA12_0==25) ) {
                    alt12=1;
                }


                switch (alt12) {
            	case 1 :
            	    {
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getAndAccess().getBinaryLeftAction_1_0(),
            	    						current);
            	    				

            	    }
            	    {
            	    {
            	    lv_op_2_0=(Token)match(input,25,FOLLOW_10); 

            	    						newLeafNode(lv_op_2_0, grammarAccess.getAndAccess().getOpUndKeyword_1_1_0());
            	    					

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getAndRule());
            	    						}
            	    						setWithLastConsumed(current, "op", lv_op_2_0, "und");
            	    					

            	    }


            	    }
            	    {
            	    {

            	    						newCompositeNode(grammarAccess.getAndAccess().getRightNotParserRuleCall_1_2_0());
            	    					
            	    pushFollow(FOLLOW_20);
            	    lv_right_3_0=ruleNot();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getAndRule());
            	    						}
            	    						set(
            	    							current,
            	    							"right",
            	    							lv_right_3_0,
            	    							"org.prozesswerk.rules.Rules.Not");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop12;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject entryRuleNot() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleNot = null;


        try {
            {
             newCompositeNode(grammarAccess.getNotRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNot=ruleNot();

            state._fsp--;

             current =iv_ruleNot; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject ruleNot() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        EObject lv_operand_2_0 = null;

        EObject this_Comparison_3 = null;



        	enterRule();

        try {
            {
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==26) ) {
                alt13=1;
            }
            else if ( ((LA13_0>=RULE_STRING && LA13_0<=RULE_INT)||LA13_0==15||(LA13_0>=37 && LA13_0<=42)||(LA13_0>=46 && LA13_0<=49)||LA13_0==53||(LA13_0>=64 && LA13_0<=65)) ) {
                alt13=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }
            switch (alt13) {
                case 1 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getNotAccess().getNotAction_0_0(),
                    						current);
                    				

                    }

                    otherlv_1=(Token)match(input,26,FOLLOW_10); 

                    				newLeafNode(otherlv_1, grammarAccess.getNotAccess().getNichtKeyword_0_1());
                    {
                    {

                    						newCompositeNode(grammarAccess.getNotAccess().getOperandNotParserRuleCall_0_2_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_operand_2_0=ruleNot();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getNotRule());
                    						}
                    						set(
                    							current,
                    							"operand",
                    							lv_operand_2_0,
                    							"org.prozesswerk.rules.Rules.Not");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    {

                    			newCompositeNode(grammarAccess.getNotAccess().getComparisonParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_Comparison_3=ruleComparison();

                    state._fsp--;


                    			current = this_Comparison_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject entryRuleComparison() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleComparison = null;


        try {
            {
             newCompositeNode(grammarAccess.getComparisonRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleComparison=ruleComparison();

            state._fsp--;

             current =iv_ruleComparison; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject ruleComparison() throws RecognitionException {
        EObject current = null;

        Token lv_op_2_1=null;
        Token lv_op_2_2=null;
        Token lv_op_2_3=null;
        Token lv_op_2_4=null;
        Token lv_op_2_5=null;
        Token lv_op_2_6=null;
        Token otherlv_5=null;
        Token lv_negated_6_0=null;
        Token otherlv_9=null;
        Token otherlv_10=null;
        Token lv_pattern_11_0=null;
        EObject this_Additive_0 = null;

        EObject lv_right_3_0 = null;

        Enumerator lv_kind_7_0 = null;



        	enterRule();

        try {
            {
            {

            			newCompositeNode(grammarAccess.getComparisonAccess().getAdditiveParserRuleCall_0());
            		
            pushFollow(FOLLOW_21);
            this_Additive_0=ruleAdditive();

            state._fsp--;


            			current = this_Additive_0;
            			afterParserOrEnumRuleCall();
            int alt16=4;
            switch ( input.LA(1) ) {
                case 27:
                case 28:
                case 29:
                case 30:
                case 31:
                case 32:
                    {
                    alt16=1;
                    }
                    break;
                case 33:
                    {
                    alt16=2;
                    }
                    break;
                case 34:
                    {
                    alt16=3;
                    }
                    break;
            }

            switch (alt16) {
                case 1 :
                    {
                    {
                    {

                    						current = forceCreateModelElementAndSet(
                    							grammarAccess.getComparisonAccess().getBinaryLeftAction_1_0_0(),
                    							current);
                    					

                    }
                    {
                    {
                    int alt14=6;
                    switch ( input.LA(1) ) {
                    case 27:
                        {
                        alt14=1;
                        }
                        break;
                    case 28:
                        {
                        alt14=2;
                        }
                        break;
                    case 29:
                        {
                        alt14=3;
                        }
                        break;
                    case 30:
                        {
                        alt14=4;
                        }
                        break;
                    case 31:
                        {
                        alt14=5;
                        }
                        break;
                    case 32:
                        {
                        alt14=6;
                        }
                        break;
                    default:
                        NoViableAltException nvae =
                            new NoViableAltException("", 14, 0, input);

                        throw nvae;
                    }

                    switch (alt14) {
                        case 1 :
                            {
                            lv_op_2_1=(Token)match(input,27,FOLLOW_10); 

                            								newLeafNode(lv_op_2_1, grammarAccess.getComparisonAccess().getOpEqualsSignKeyword_1_0_1_0_0());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getComparisonRule());
                            								}
                            								setWithLastConsumed(current, "op", lv_op_2_1, null);
                            							

                            }
                            break;
                        case 2 :
                            {
                            lv_op_2_2=(Token)match(input,28,FOLLOW_10); 

                            								newLeafNode(lv_op_2_2, grammarAccess.getComparisonAccess().getOpExclamationMarkEqualsSignKeyword_1_0_1_0_1());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getComparisonRule());
                            								}
                            								setWithLastConsumed(current, "op", lv_op_2_2, null);
                            							

                            }
                            break;
                        case 3 :
                            {
                            lv_op_2_3=(Token)match(input,29,FOLLOW_10); 

                            								newLeafNode(lv_op_2_3, grammarAccess.getComparisonAccess().getOpLessThanSignKeyword_1_0_1_0_2());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getComparisonRule());
                            								}
                            								setWithLastConsumed(current, "op", lv_op_2_3, null);
                            							

                            }
                            break;
                        case 4 :
                            {
                            lv_op_2_4=(Token)match(input,30,FOLLOW_10); 

                            								newLeafNode(lv_op_2_4, grammarAccess.getComparisonAccess().getOpLessThanSignEqualsSignKeyword_1_0_1_0_3());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getComparisonRule());
                            								}
                            								setWithLastConsumed(current, "op", lv_op_2_4, null);
                            							

                            }
                            break;
                        case 5 :
                            {
                            lv_op_2_5=(Token)match(input,31,FOLLOW_10); 

                            								newLeafNode(lv_op_2_5, grammarAccess.getComparisonAccess().getOpGreaterThanSignKeyword_1_0_1_0_4());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getComparisonRule());
                            								}
                            								setWithLastConsumed(current, "op", lv_op_2_5, null);
                            							

                            }
                            break;
                        case 6 :
                            {
                            lv_op_2_6=(Token)match(input,32,FOLLOW_10); 

                            								newLeafNode(lv_op_2_6, grammarAccess.getComparisonAccess().getOpGreaterThanSignEqualsSignKeyword_1_0_1_0_5());
                            							

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getComparisonRule());
                            								}
                            								setWithLastConsumed(current, "op", lv_op_2_6, null);
                            							

                            }
                            break;

                    }


                    }


                    }
                    {
                    {

                    							newCompositeNode(grammarAccess.getComparisonAccess().getRightAdditiveParserRuleCall_1_0_2_0());
                    						
                    pushFollow(FOLLOW_2);
                    lv_right_3_0=ruleAdditive();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getComparisonRule());
                    							}
                    							set(
                    								current,
                    								"right",
                    								lv_right_3_0,
                    								"org.prozesswerk.rules.Rules.Additive");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    {
                    {
                    {

                    						current = forceCreateModelElementAndSet(
                    							grammarAccess.getComparisonAccess().getTestOperandAction_1_1_0(),
                    							current);
                    					

                    }

                    otherlv_5=(Token)match(input,33,FOLLOW_22); 

                    					newLeafNode(otherlv_5, grammarAccess.getComparisonAccess().getIstKeyword_1_1_1());
                    int alt15=2;
                    int LA15_0 = input.LA(1);

                    if ( (LA15_0==26) ) {
                        alt15=1;
                    }
                    switch (alt15) {
                        case 1 :
                            {
                            {
                            lv_negated_6_0=(Token)match(input,26,FOLLOW_22); 

                            							newLeafNode(lv_negated_6_0, grammarAccess.getComparisonAccess().getNegatedNichtKeyword_1_1_2_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getComparisonRule());
                            							}
                            							setWithLastConsumed(current, "negated", lv_negated_6_0 != null, "nicht");
                            						

                            }


                            }
                            break;

                    }
                    {
                    {

                    							newCompositeNode(grammarAccess.getComparisonAccess().getKindTestKindEnumRuleCall_1_1_3_0());
                    						
                    pushFollow(FOLLOW_2);
                    lv_kind_7_0=ruleTestKind();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getComparisonRule());
                    							}
                    							set(
                    								current,
                    								"kind",
                    								lv_kind_7_0,
                    								"org.prozesswerk.rules.Rules.TestKind");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    {
                    {
                    {

                    						current = forceCreateModelElementAndSet(
                    							grammarAccess.getComparisonAccess().getMatchesOperandAction_1_2_0(),
                    							current);
                    					

                    }

                    otherlv_9=(Token)match(input,34,FOLLOW_23); 

                    					newLeafNode(otherlv_9, grammarAccess.getComparisonAccess().getPasstKeyword_1_2_1());
                    				
                    otherlv_10=(Token)match(input,35,FOLLOW_3); 

                    					newLeafNode(otherlv_10, grammarAccess.getComparisonAccess().getZuKeyword_1_2_2());
                    {
                    {
                    lv_pattern_11_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    							newLeafNode(lv_pattern_11_0, grammarAccess.getComparisonAccess().getPatternSTRINGTerminalRuleCall_1_2_3_0());
                    						

                    							if (current==null) {
                    								current = createModelElement(grammarAccess.getComparisonRule());
                    							}
                    							setWithLastConsumed(
                    								current,
                    								"pattern",
                    								lv_pattern_11_0,
                    								"org.eclipse.xtext.common.Terminals.STRING");
                    						

                    }


                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject entryRuleAdditive() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAdditive = null;


        try {
            {
             newCompositeNode(grammarAccess.getAdditiveRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAdditive=ruleAdditive();

            state._fsp--;

             current =iv_ruleAdditive; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject ruleAdditive() throws RecognitionException {
        EObject current = null;

        Token lv_op_2_1=null;
        Token lv_op_2_2=null;
        EObject this_Member_0 = null;

        EObject lv_right_3_0 = null;



        	enterRule();

        try {
            {
            {

            			newCompositeNode(grammarAccess.getAdditiveAccess().getMemberParserRuleCall_0());
            		
            pushFollow(FOLLOW_24);
            this_Member_0=ruleMember();

            state._fsp--;


            			current = this_Member_0;
            			afterParserOrEnumRuleCall();
            loop18:
            do {
                int alt18=2;
                int LA18_0 = input.LA(1);

                if ( (LA18_0==22||LA18_0==36) ) {
                    alt18=1;
                }


                switch (alt18) {
            	case 1 :
            	    {
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getAdditiveAccess().getBinaryLeftAction_1_0(),
            	    						current);
            	    				

            	    }
            	    {
            	    {
            	    int alt17=2;
            	    int LA17_0 = input.LA(1);

            	    if ( (LA17_0==36) ) {
            	        alt17=1;
            	    }
            	    else if ( (LA17_0==22) ) {
            	        alt17=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 17, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt17) {
            	        case 1 :
            	            {
            	            lv_op_2_1=(Token)match(input,36,FOLLOW_10); 

            	            							newLeafNode(lv_op_2_1, grammarAccess.getAdditiveAccess().getOpPlusSignKeyword_1_1_0_0());
            	            						

            	            							if (current==null) {
            	            								current = createModelElement(grammarAccess.getAdditiveRule());
            	            							}
            	            							setWithLastConsumed(current, "op", lv_op_2_1, null);
            	            						

            	            }
            	            break;
            	        case 2 :
            	            {
            	            lv_op_2_2=(Token)match(input,22,FOLLOW_10); 

            	            							newLeafNode(lv_op_2_2, grammarAccess.getAdditiveAccess().getOpHyphenMinusKeyword_1_1_0_1());
            	            						

            	            							if (current==null) {
            	            								current = createModelElement(grammarAccess.getAdditiveRule());
            	            							}
            	            							setWithLastConsumed(current, "op", lv_op_2_2, null);
            	            						

            	            }
            	            break;

            	    }


            	    }


            	    }
            	    {
            	    {

            	    						newCompositeNode(grammarAccess.getAdditiveAccess().getRightMemberParserRuleCall_1_2_0());
            	    					
            	    pushFollow(FOLLOW_24);
            	    lv_right_3_0=ruleMember();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getAdditiveRule());
            	    						}
            	    						set(
            	    							current,
            	    							"right",
            	    							lv_right_3_0,
            	    							"org.prozesswerk.rules.Rules.Member");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop18;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject entryRuleMember() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMember = null;


        try {
            {
             newCompositeNode(grammarAccess.getMemberRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMember=ruleMember();

            state._fsp--;

             current =iv_ruleMember; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject ruleMember() throws RecognitionException {
        EObject current = null;

        Token otherlv_2=null;
        Token otherlv_3=null;
        EObject this_Primary_0 = null;



        	enterRule();

        try {
            {
            {

            			newCompositeNode(grammarAccess.getMemberAccess().getPrimaryParserRuleCall_0());
            		
            pushFollow(FOLLOW_25);
            this_Primary_0=rulePrimary();

            state._fsp--;


            			current = this_Primary_0;
            			afterParserOrEnumRuleCall();
            loop19:
            do {
                int alt19=2;
                int LA19_0 = input.LA(1);

                if ( (LA19_0==23) ) {
                    alt19=1;
                }


                switch (alt19) {
            	case 1 :
            	    {
            	    {

            	    					current = forceCreateModelElementAndSet(
            	    						grammarAccess.getMemberAccess().getMemberAccessReceiverAction_1_0(),
            	    						current);
            	    				

            	    }

            	    otherlv_2=(Token)match(input,23,FOLLOW_7); 

            	    				newLeafNode(otherlv_2, grammarAccess.getMemberAccess().getFullStopKeyword_1_1());
            	    {
            	    {

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getMemberRule());
            	    						}
            	    					
            	    otherlv_3=(Token)match(input,RULE_ID,FOLLOW_25); 

            	    						newLeafNode(otherlv_3, grammarAccess.getMemberAccess().getMemberEObjectCrossReference_1_2_0());
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop19;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject entryRulePrimary() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePrimary = null;


        try {
            {
             newCompositeNode(grammarAccess.getPrimaryRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePrimary=rulePrimary();

            state._fsp--;

             current =iv_rulePrimary; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject rulePrimary() throws RecognitionException {
        EObject current = null;

        Token lv_value_1_0=null;
        Token lv_value_5_0=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_14=null;
        Token otherlv_15=null;
        Token otherlv_17=null;
        Token otherlv_19=null;
        Token otherlv_21=null;
        Token otherlv_23=null;
        Token otherlv_24=null;
        Token otherlv_26=null;
        Token otherlv_29=null;
        Token otherlv_31=null;
        Token otherlv_33=null;
        Token otherlv_34=null;
        Token otherlv_36=null;
        Token otherlv_38=null;
        Token otherlv_39=null;
        Token lv_catalogue_40_0=null;
        Token otherlv_41=null;
        Token otherlv_43=null;
        Token otherlv_44=null;
        Token otherlv_45=null;
        Token lv_catalogue_46_0=null;
        Token otherlv_47=null;
        Token otherlv_49=null;
        Token otherlv_50=null;
        Token otherlv_52=null;
        Token otherlv_54=null;
        Token otherlv_57=null;
        Token otherlv_58=null;
        Token lv_none_59_0=null;
        Token otherlv_61=null;
        Token otherlv_63=null;
        Token otherlv_65=null;
        Token otherlv_67=null;
        AntlrDatatypeRuleToken lv_value_3_0 = null;

        EObject lv_variable_16_0 = null;

        EObject lv_source_18_0 = null;

        EObject lv_filter_20_0 = null;

        EObject lv_operand_25_0 = null;

        Enumerator lv_position_28_0 = null;

        EObject lv_source_30_0 = null;

        EObject lv_key_35_0 = null;

        EObject lv_variable_51_0 = null;

        EObject lv_source_53_0 = null;

        EObject lv_body_55_0 = null;

        EObject lv_variable_60_0 = null;

        EObject lv_source_62_0 = null;

        EObject lv_body_64_0 = null;

        EObject this_Expression_66 = null;



        	enterRule();

        try {
            {
            int alt24=15;
            switch ( input.LA(1) ) {
            case RULE_STRING:
                {
                alt24=1;
                }
                break;
            case RULE_INT:
                {
                alt24=2;
                }
                break;
            case 37:
            case 38:
                {
                alt24=3;
                }
                break;
            case 39:
                {
                alt24=4;
                }
                break;
            case 40:
                {
                alt24=5;
                }
                break;
            case RULE_ID:
                {
                alt24=6;
                }
                break;
            case 41:
                {
                alt24=7;
                }
                break;
            case 46:
                {
                alt24=8;
                }
                break;
            case 64:
            case 65:
                {
                alt24=9;
                }
                break;
            case 47:
                {
                alt24=10;
                }
                break;
            case 48:
                {
                alt24=11;
                }
                break;
            case 49:
                {
                alt24=12;
                }
                break;
            case 15:
                {
                alt24=13;
                }
                break;
            case 53:
                {
                alt24=14;
                }
                break;
            case 42:
                {
                alt24=15;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 24, 0, input);

                throw nvae;
            }

            switch (alt24) {
                case 1 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getStringLiteralAction_0_0(),
                    						current);
                    				

                    }
                    {
                    {
                    lv_value_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_value_1_0, grammarAccess.getPrimaryAccess().getValueSTRINGTerminalRuleCall_0_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPrimaryRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"value",
                    							lv_value_1_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getNumberLiteralAction_1_0(),
                    						current);
                    				

                    }
                    {
                    {

                    						newCompositeNode(grammarAccess.getPrimaryAccess().getValueDecimalParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_value_3_0=ruleDecimal();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrimaryRule());
                    						}
                    						set(
                    							current,
                    							"value",
                    							lv_value_3_0,
                    							"org.prozesswerk.rules.Rules.Decimal");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getBooleanLiteralAction_2_0(),
                    						current);
                    				

                    }
                    int alt20=2;
                    int LA20_0 = input.LA(1);

                    if ( (LA20_0==37) ) {
                        alt20=1;
                    }
                    else if ( (LA20_0==38) ) {
                        alt20=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 20, 0, input);

                        throw nvae;
                    }
                    switch (alt20) {
                        case 1 :
                            {
                            {
                            {
                            lv_value_5_0=(Token)match(input,37,FOLLOW_2); 

                            							newLeafNode(lv_value_5_0, grammarAccess.getPrimaryAccess().getValueWahrKeyword_2_1_0_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getPrimaryRule());
                            							}
                            							setWithLastConsumed(current, "value", lv_value_5_0 != null, "wahr");
                            						

                            }


                            }


                            }
                            break;
                        case 2 :
                            {
                            otherlv_6=(Token)match(input,38,FOLLOW_2); 

                            					newLeafNode(otherlv_6, grammarAccess.getPrimaryAccess().getFalschKeyword_2_1_1());
                            				

                            }
                            break;

                    }


                    }


                    }
                    break;
                case 4 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getSelfAction_3_0(),
                    						current);
                    				

                    }

                    otherlv_8=(Token)match(input,39,FOLLOW_2); 

                    				newLeafNode(otherlv_8, grammarAccess.getPrimaryAccess().getDiesKeyword_3_1());
                    			

                    }


                    }
                    break;
                case 5 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getRegisterRefAction_4_0(),
                    						current);
                    				

                    }

                    otherlv_10=(Token)match(input,40,FOLLOW_2); 

                    				newLeafNode(otherlv_10, grammarAccess.getPrimaryAccess().getRegisterKeyword_4_1());
                    			

                    }


                    }
                    break;
                case 6 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getSymbolAction_5_0(),
                    						current);
                    				

                    }
                    {
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPrimaryRule());
                    						}
                    					
                    otherlv_12=(Token)match(input,RULE_ID,FOLLOW_2); 

                    						newLeafNode(otherlv_12, grammarAccess.getPrimaryAccess().getSymbolEObjectCrossReference_5_1_0());
                    					

                    }


                    }


                    }


                    }
                    break;
                case 7 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getCountAction_6_0(),
                    						current);
                    				

                    }

                    otherlv_14=(Token)match(input,41,FOLLOW_26); 

                    				newLeafNode(otherlv_14, grammarAccess.getPrimaryAccess().getAnzahlKeyword_6_1());
                    			
                    otherlv_15=(Token)match(input,42,FOLLOW_10); 

                    				newLeafNode(otherlv_15, grammarAccess.getPrimaryAccess().getLeftParenthesisKeyword_6_2());
                    int alt21=2;
                    int LA21_0 = input.LA(1);

                    if ( (LA21_0==RULE_ID) ) {
                        int LA21_1 = input.LA(2);

                        if ( (LA21_1==43) ) {
                            alt21=1;
                        }
                    }
                    switch (alt21) {
                        case 1 :
                            {
                            {
                            {

                            							newCompositeNode(grammarAccess.getPrimaryAccess().getVariableVariableParserRuleCall_6_3_0_0());
                            						
                            pushFollow(FOLLOW_27);
                            lv_variable_16_0=ruleVariable();

                            state._fsp--;


                            							if (current==null) {
                            								current = createModelElementForParent(grammarAccess.getPrimaryRule());
                            							}
                            							set(
                            								current,
                            								"variable",
                            								lv_variable_16_0,
                            								"org.prozesswerk.rules.Rules.Variable");
                            							afterParserOrEnumRuleCall();
                            						

                            }


                            }

                            otherlv_17=(Token)match(input,43,FOLLOW_10); 

                            					newLeafNode(otherlv_17, grammarAccess.getPrimaryAccess().getInKeyword_6_3_1());
                            				

                            }
                            break;

                    }
                    {
                    {

                    						newCompositeNode(grammarAccess.getPrimaryAccess().getSourceExpressionParserRuleCall_6_4_0());
                    					
                    pushFollow(FOLLOW_28);
                    lv_source_18_0=ruleExpression();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrimaryRule());
                    						}
                    						set(
                    							current,
                    							"source",
                    							lv_source_18_0,
                    							"org.prozesswerk.rules.Rules.Expression");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }
                    int alt22=2;
                    int LA22_0 = input.LA(1);

                    if ( (LA22_0==44) ) {
                        alt22=1;
                    }
                    switch (alt22) {
                        case 1 :
                            {
                            otherlv_19=(Token)match(input,44,FOLLOW_10); 

                            					newLeafNode(otherlv_19, grammarAccess.getPrimaryAccess().getMitKeyword_6_5_0());
                            {
                            {

                            							newCompositeNode(grammarAccess.getPrimaryAccess().getFilterExpressionParserRuleCall_6_5_1_0());
                            						
                            pushFollow(FOLLOW_29);
                            lv_filter_20_0=ruleExpression();

                            state._fsp--;


                            							if (current==null) {
                            								current = createModelElementForParent(grammarAccess.getPrimaryRule());
                            							}
                            							set(
                            								current,
                            								"filter",
                            								lv_filter_20_0,
                            								"org.prozesswerk.rules.Rules.Expression");
                            							afterParserOrEnumRuleCall();
                            						

                            }


                            }


                            }
                            break;

                    }

                    otherlv_21=(Token)match(input,45,FOLLOW_2); 

                    				newLeafNode(otherlv_21, grammarAccess.getPrimaryAccess().getRightParenthesisKeyword_6_6());
                    			

                    }


                    }
                    break;
                case 8 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getLengthAction_7_0(),
                    						current);
                    				

                    }

                    otherlv_23=(Token)match(input,46,FOLLOW_26); 

                    				newLeafNode(otherlv_23, grammarAccess.getPrimaryAccess().getLängeKeyword_7_1());
                    			
                    otherlv_24=(Token)match(input,42,FOLLOW_10); 

                    				newLeafNode(otherlv_24, grammarAccess.getPrimaryAccess().getLeftParenthesisKeyword_7_2());
                    {
                    {

                    						newCompositeNode(grammarAccess.getPrimaryAccess().getOperandExpressionParserRuleCall_7_3_0());
                    					
                    pushFollow(FOLLOW_29);
                    lv_operand_25_0=ruleExpression();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrimaryRule());
                    						}
                    						set(
                    							current,
                    							"operand",
                    							lv_operand_25_0,
                    							"org.prozesswerk.rules.Rules.Expression");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_26=(Token)match(input,45,FOLLOW_2); 

                    				newLeafNode(otherlv_26, grammarAccess.getPrimaryAccess().getRightParenthesisKeyword_7_4());
                    			

                    }


                    }
                    break;
                case 9 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getElementAction_8_0(),
                    						current);
                    				

                    }
                    {
                    {

                    						newCompositeNode(grammarAccess.getPrimaryAccess().getPositionPositionEnumRuleCall_8_1_0());
                    					
                    pushFollow(FOLLOW_26);
                    lv_position_28_0=rulePosition();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrimaryRule());
                    						}
                    						set(
                    							current,
                    							"position",
                    							lv_position_28_0,
                    							"org.prozesswerk.rules.Rules.Position");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_29=(Token)match(input,42,FOLLOW_10); 

                    				newLeafNode(otherlv_29, grammarAccess.getPrimaryAccess().getLeftParenthesisKeyword_8_2());
                    {
                    {

                    						newCompositeNode(grammarAccess.getPrimaryAccess().getSourceExpressionParserRuleCall_8_3_0());
                    					
                    pushFollow(FOLLOW_29);
                    lv_source_30_0=ruleExpression();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrimaryRule());
                    						}
                    						set(
                    							current,
                    							"source",
                    							lv_source_30_0,
                    							"org.prozesswerk.rules.Rules.Expression");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_31=(Token)match(input,45,FOLLOW_2); 

                    				newLeafNode(otherlv_31, grammarAccess.getPrimaryAccess().getRightParenthesisKeyword_8_4());
                    			

                    }


                    }
                    break;
                case 10 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getAttributeValueAction_9_0(),
                    						current);
                    				

                    }

                    otherlv_33=(Token)match(input,47,FOLLOW_26); 

                    				newLeafNode(otherlv_33, grammarAccess.getPrimaryAccess().getAttributKeyword_9_1());
                    			
                    otherlv_34=(Token)match(input,42,FOLLOW_10); 

                    				newLeafNode(otherlv_34, grammarAccess.getPrimaryAccess().getLeftParenthesisKeyword_9_2());
                    {
                    {

                    						newCompositeNode(grammarAccess.getPrimaryAccess().getKeyExpressionParserRuleCall_9_3_0());
                    					
                    pushFollow(FOLLOW_29);
                    lv_key_35_0=ruleExpression();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrimaryRule());
                    						}
                    						set(
                    							current,
                    							"key",
                    							lv_key_35_0,
                    							"org.prozesswerk.rules.Rules.Expression");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_36=(Token)match(input,45,FOLLOW_2); 

                    				newLeafNode(otherlv_36, grammarAccess.getPrimaryAccess().getRightParenthesisKeyword_9_4());
                    			

                    }


                    }
                    break;
                case 11 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getCatalogueReferencesAction_10_0(),
                    						current);
                    				

                    }

                    otherlv_38=(Token)match(input,48,FOLLOW_26); 

                    				newLeafNode(otherlv_38, grammarAccess.getPrimaryAccess().getKatalogverweiseKeyword_10_1());
                    			
                    otherlv_39=(Token)match(input,42,FOLLOW_3); 

                    				newLeafNode(otherlv_39, grammarAccess.getPrimaryAccess().getLeftParenthesisKeyword_10_2());
                    {
                    {
                    lv_catalogue_40_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

                    						newLeafNode(lv_catalogue_40_0, grammarAccess.getPrimaryAccess().getCatalogueSTRINGTerminalRuleCall_10_3_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPrimaryRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"catalogue",
                    							lv_catalogue_40_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }

                    otherlv_41=(Token)match(input,45,FOLLOW_2); 

                    				newLeafNode(otherlv_41, grammarAccess.getPrimaryAccess().getRightParenthesisKeyword_10_4());
                    			

                    }


                    }
                    break;
                case 12 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getHasCatalogueReferenceAction_11_0(),
                    						current);
                    				

                    }

                    otherlv_43=(Token)match(input,49,FOLLOW_30); 

                    				newLeafNode(otherlv_43, grammarAccess.getPrimaryAccess().getHatKeyword_11_1());
                    			
                    otherlv_44=(Token)match(input,50,FOLLOW_26); 

                    				newLeafNode(otherlv_44, grammarAccess.getPrimaryAccess().getKatalogverweisKeyword_11_2());
                    			
                    otherlv_45=(Token)match(input,42,FOLLOW_3); 

                    				newLeafNode(otherlv_45, grammarAccess.getPrimaryAccess().getLeftParenthesisKeyword_11_3());
                    {
                    {
                    lv_catalogue_46_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

                    						newLeafNode(lv_catalogue_46_0, grammarAccess.getPrimaryAccess().getCatalogueSTRINGTerminalRuleCall_11_4_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPrimaryRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"catalogue",
                    							lv_catalogue_46_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }

                    otherlv_47=(Token)match(input,45,FOLLOW_2); 

                    				newLeafNode(otherlv_47, grammarAccess.getPrimaryAccess().getRightParenthesisKeyword_11_5());
                    			

                    }


                    }
                    break;
                case 13 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getForAllAction_12_0(),
                    						current);
                    				

                    }

                    otherlv_49=(Token)match(input,15,FOLLOW_31); 

                    				newLeafNode(otherlv_49, grammarAccess.getPrimaryAccess().getFürKeyword_12_1());
                    			
                    otherlv_50=(Token)match(input,51,FOLLOW_7); 

                    				newLeafNode(otherlv_50, grammarAccess.getPrimaryAccess().getAlleKeyword_12_2());
                    {
                    {

                    						newCompositeNode(grammarAccess.getPrimaryAccess().getVariableVariableParserRuleCall_12_3_0());
                    					
                    pushFollow(FOLLOW_27);
                    lv_variable_51_0=ruleVariable();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrimaryRule());
                    						}
                    						set(
                    							current,
                    							"variable",
                    							lv_variable_51_0,
                    							"org.prozesswerk.rules.Rules.Variable");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_52=(Token)match(input,43,FOLLOW_10); 

                    				newLeafNode(otherlv_52, grammarAccess.getPrimaryAccess().getInKeyword_12_4());
                    {
                    {

                    						newCompositeNode(grammarAccess.getPrimaryAccess().getSourceMemberParserRuleCall_12_5_0());
                    					
                    pushFollow(FOLLOW_32);
                    lv_source_53_0=ruleMember();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrimaryRule());
                    						}
                    						set(
                    							current,
                    							"source",
                    							lv_source_53_0,
                    							"org.prozesswerk.rules.Rules.Member");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_54=(Token)match(input,52,FOLLOW_10); 

                    				newLeafNode(otherlv_54, grammarAccess.getPrimaryAccess().getGiltKeyword_12_6());
                    {
                    {

                    						newCompositeNode(grammarAccess.getPrimaryAccess().getBodyPrimaryParserRuleCall_12_7_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_body_55_0=rulePrimary();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrimaryRule());
                    						}
                    						set(
                    							current,
                    							"body",
                    							lv_body_55_0,
                    							"org.prozesswerk.rules.Rules.Primary");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 14 :
                    {
                    {
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getPrimaryAccess().getExistsAction_13_0(),
                    						current);
                    				

                    }

                    otherlv_57=(Token)match(input,53,FOLLOW_33); 

                    				newLeafNode(otherlv_57, grammarAccess.getPrimaryAccess().getEsKeyword_13_1());
                    			
                    otherlv_58=(Token)match(input,54,FOLLOW_34); 

                    				newLeafNode(otherlv_58, grammarAccess.getPrimaryAccess().getGibtKeyword_13_2());
                    int alt23=2;
                    int LA23_0 = input.LA(1);

                    if ( (LA23_0==55) ) {
                        alt23=1;
                    }
                    switch (alt23) {
                        case 1 :
                            {
                            {
                            lv_none_59_0=(Token)match(input,55,FOLLOW_7); 

                            						newLeafNode(lv_none_59_0, grammarAccess.getPrimaryAccess().getNoneKeinKeyword_13_3_0());
                            					

                            						if (current==null) {
                            							current = createModelElement(grammarAccess.getPrimaryRule());
                            						}
                            						setWithLastConsumed(current, "none", lv_none_59_0 != null, "kein");
                            					

                            }


                            }
                            break;

                    }
                    {
                    {

                    						newCompositeNode(grammarAccess.getPrimaryAccess().getVariableVariableParserRuleCall_13_4_0());
                    					
                    pushFollow(FOLLOW_27);
                    lv_variable_60_0=ruleVariable();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrimaryRule());
                    						}
                    						set(
                    							current,
                    							"variable",
                    							lv_variable_60_0,
                    							"org.prozesswerk.rules.Rules.Variable");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_61=(Token)match(input,43,FOLLOW_10); 

                    				newLeafNode(otherlv_61, grammarAccess.getPrimaryAccess().getInKeyword_13_5());
                    {
                    {

                    						newCompositeNode(grammarAccess.getPrimaryAccess().getSourceMemberParserRuleCall_13_6_0());
                    					
                    pushFollow(FOLLOW_35);
                    lv_source_62_0=ruleMember();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrimaryRule());
                    						}
                    						set(
                    							current,
                    							"source",
                    							lv_source_62_0,
                    							"org.prozesswerk.rules.Rules.Member");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_63=(Token)match(input,44,FOLLOW_10); 

                    				newLeafNode(otherlv_63, grammarAccess.getPrimaryAccess().getMitKeyword_13_7());
                    {
                    {

                    						newCompositeNode(grammarAccess.getPrimaryAccess().getBodyPrimaryParserRuleCall_13_8_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_body_64_0=rulePrimary();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPrimaryRule());
                    						}
                    						set(
                    							current,
                    							"body",
                    							lv_body_64_0,
                    							"org.prozesswerk.rules.Rules.Primary");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 15 :
                    {
                    {
                    otherlv_65=(Token)match(input,42,FOLLOW_10); 

                    				newLeafNode(otherlv_65, grammarAccess.getPrimaryAccess().getLeftParenthesisKeyword_14_0());
                    			

                    				newCompositeNode(grammarAccess.getPrimaryAccess().getExpressionParserRuleCall_14_1());
                    			
                    pushFollow(FOLLOW_29);
                    this_Expression_66=ruleExpression();

                    state._fsp--;


                    				current = this_Expression_66;
                    				afterParserOrEnumRuleCall();
                    			
                    otherlv_67=(Token)match(input,45,FOLLOW_2); 

                    				newLeafNode(otherlv_67, grammarAccess.getPrimaryAccess().getRightParenthesisKeyword_14_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject entryRuleVariable() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleVariable = null;


        try {
            {
             newCompositeNode(grammarAccess.getVariableRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleVariable=ruleVariable();

            state._fsp--;

             current =iv_ruleVariable; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final EObject ruleVariable() throws RecognitionException {
        EObject current = null;

        Token lv_name_0_0=null;


        	enterRule();

        try {
            {
            {
            {
            lv_name_0_0=(Token)match(input,RULE_ID,FOLLOW_2); 

            				newLeafNode(lv_name_0_0, grammarAccess.getVariableAccess().getNameIDTerminalRuleCall_0());
            			

            				if (current==null) {
            					current = createModelElement(grammarAccess.getVariableRule());
            				}
            				setWithLastConsumed(
            					current,
            					"name",
            					lv_name_0_0,
            					"org.eclipse.xtext.common.Terminals.ID");
            			

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final String entryRuleDecimal() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDecimal = null;


        try {
            {
             newCompositeNode(grammarAccess.getDecimalRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDecimal=ruleDecimal();

            state._fsp--;

             current =iv_ruleDecimal.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final AntlrDatatypeRuleToken ruleDecimal() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;


        	enterRule();

        try {
            {
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_25); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0());
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==23) ) {
                int LA25_1 = input.LA(2);

                if ( (LA25_1==RULE_INT) ) {
                    alt25=1;
                }
            }
            switch (alt25) {
                case 1 :
                    {
                    kw=(Token)match(input,23,FOLLOW_36); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getDecimalAccess().getFullStopKeyword_1_0());
                    			
                    this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

                    				current.merge(this_INT_2);
                    			

                    				newLeafNode(this_INT_2, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final Enumerator ruleSeverity() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            {
            int alt26=3;
            switch ( input.LA(1) ) {
            case 56:
                {
                alt26=1;
                }
                break;
            case 57:
                {
                alt26=2;
                }
                break;
            case 58:
                {
                alt26=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 26, 0, input);

                throw nvae;
            }

            switch (alt26) {
                case 1 :
                    {
                    {
                    enumLiteral_0=(Token)match(input,56,FOLLOW_2); 

                    				current = grammarAccess.getSeverityAccess().getERROREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSeverityAccess().getERROREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    {
                    {
                    enumLiteral_1=(Token)match(input,57,FOLLOW_2); 

                    				current = grammarAccess.getSeverityAccess().getWARNINGEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSeverityAccess().getWARNINGEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    {
                    {
                    enumLiteral_2=(Token)match(input,58,FOLLOW_2); 

                    				current = grammarAccess.getSeverityAccess().getINFOEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSeverityAccess().getINFOEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final Enumerator ruleTestKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            {
            int alt27=5;
            switch ( input.LA(1) ) {
            case 59:
                {
                alt27=1;
                }
                break;
            case 60:
                {
                alt27=2;
                }
                break;
            case 61:
                {
                alt27=3;
                }
                break;
            case 62:
                {
                alt27=4;
                }
                break;
            case 63:
                {
                alt27=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 27, 0, input);

                throw nvae;
            }

            switch (alt27) {
                case 1 :
                    {
                    {
                    enumLiteral_0=(Token)match(input,59,FOLLOW_2); 

                    				current = grammarAccess.getTestKindAccess().getSETEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getTestKindAccess().getSETEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    {
                    {
                    enumLiteral_1=(Token)match(input,60,FOLLOW_2); 

                    				current = grammarAccess.getTestKindAccess().getEMPTYEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getTestKindAccess().getEMPTYEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    {
                    {
                    enumLiteral_2=(Token)match(input,61,FOLLOW_2); 

                    				current = grammarAccess.getTestKindAccess().getUNIQUEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getTestKindAccess().getUNIQUEEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    {
                    {
                    enumLiteral_3=(Token)match(input,62,FOLLOW_2); 

                    				current = grammarAccess.getTestKindAccess().getRESOLVABLEEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getTestKindAccess().getRESOLVABLEEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    {
                    {
                    enumLiteral_4=(Token)match(input,63,FOLLOW_2); 

                    				current = grammarAccess.getTestKindAccess().getREMOVEDEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getTestKindAccess().getREMOVEDEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    public final Enumerator rulePosition() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;


        	enterRule();

        try {
            {
            int alt28=2;
            int LA28_0 = input.LA(1);

            if ( (LA28_0==64) ) {
                alt28=1;
            }
            else if ( (LA28_0==65) ) {
                alt28=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 28, 0, input);

                throw nvae;
            }
            switch (alt28) {
                case 1 :
                    {
                    {
                    enumLiteral_0=(Token)match(input,64,FOLLOW_2); 

                    				current = grammarAccess.getPositionAccess().getFIRSTEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getPositionAccess().getFIRSTEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    {
                    {
                    enumLiteral_1=(Token)match(input,65,FOLLOW_2); 

                    				current = grammarAccess.getPositionAccess().getLASTEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getPositionAccess().getLASTEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000000000027002L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000000000026002L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000024002L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000010000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0023C7E004008070L,0x0000000000000003L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000001002L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000040000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0700000000000000L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000180000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000000100000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000200000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000C00002L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000000000060L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000001000002L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000002000002L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x00000007F8000002L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0xF800000004000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000001000400002L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000000800002L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000040000000000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000080000000000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000300000000000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000200000000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0004000000000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0008000000000000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0010000000000000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0040000000000000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0080000000000020L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000100000000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000000000000040L});

}