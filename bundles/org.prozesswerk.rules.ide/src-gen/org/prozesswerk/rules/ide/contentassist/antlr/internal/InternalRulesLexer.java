package org.prozesswerk.rules.ide.contentassist.antlr.internal;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;


import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalRulesLexer extends Lexer {
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
    public static final int RULE_ID=4;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int RULE_INT=5;
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
    public static final int RULE_STRING=6;
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

    public InternalRulesLexer() {;} 
    public InternalRulesLexer(CharStream input) {
        this(input, new RecognizerSharedState());
    }
    public InternalRulesLexer(CharStream input, RecognizerSharedState state) {
        super(input,state);

    }
    public String getGrammarFileName() { return "InternalRules.g"; }
    public final void mT__11() throws RecognitionException {
        try {
            int _type = T__11;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match('-'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__12() throws RecognitionException {
        try {
            int _type = T__12;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match('.'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__13() throws RecognitionException {
        try {
            int _type = T__13;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match('='); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__14() throws RecognitionException {
        try {
            int _type = T__14;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("!="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__15() throws RecognitionException {
        try {
            int _type = T__15;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match('<'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__16() throws RecognitionException {
        try {
            int _type = T__16;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("<="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__17() throws RecognitionException {
        try {
            int _type = T__17;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match('>'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__18() throws RecognitionException {
        try {
            int _type = T__18;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match(">="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__19() throws RecognitionException {
        try {
            int _type = T__19;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match('+'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__20() throws RecognitionException {
        try {
            int _type = T__20;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("falsch"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__21() throws RecognitionException {
        try {
            int _type = T__21;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("fehler"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__22() throws RecognitionException {
        try {
            int _type = T__22;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("warnung"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__23() throws RecognitionException {
        try {
            int _type = T__23;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("hinweis"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__24() throws RecognitionException {
        try {
            int _type = T__24;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("gesetzt"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__25() throws RecognitionException {
        try {
            int _type = T__25;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("leer"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__26() throws RecognitionException {
        try {
            int _type = T__26;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("eindeutig"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__27() throws RecognitionException {
        try {
            int _type = T__27;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("aufl\u00F6sbar"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__28() throws RecognitionException {
        try {
            int _type = T__28;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("entfallen"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__29() throws RecognitionException {
        try {
            int _type = T__29;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("erstes"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__30() throws RecognitionException {
        try {
            int _type = T__30;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("letztes"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__31() throws RecognitionException {
        try {
            int _type = T__31;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("regelwerk"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__32() throws RecognitionException {
        try {
            int _type = T__32;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("dokumentation"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__33() throws RecognitionException {
        try {
            int _type = T__33;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("importiere"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__34() throws RecognitionException {
        try {
            int _type = T__34;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("bedingung"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__35() throws RecognitionException {
        try {
            int _type = T__35;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("f\u00FCr"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__36() throws RecognitionException {
        try {
            int _type = T__36;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match(':'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__37() throws RecognitionException {
        try {
            int _type = T__37;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("regel"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__38() throws RecognitionException {
        try {
            int _type = T__38;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("schweregrad"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__39() throws RecognitionException {
        try {
            int _type = T__39;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("pr\u00FCfe"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__40() throws RecognitionException {
        try {
            int _type = T__40;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("meldung"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__41() throws RecognitionException {
        try {
            int _type = T__41;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("wenn"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__42() throws RecognitionException {
        try {
            int _type = T__42;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("nicht"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__43() throws RecognitionException {
        try {
            int _type = T__43;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("ist"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__44() throws RecognitionException {
        try {
            int _type = T__44;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("passt"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__45() throws RecognitionException {
        try {
            int _type = T__45;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("zu"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__46() throws RecognitionException {
        try {
            int _type = T__46;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("dies"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__47() throws RecognitionException {
        try {
            int _type = T__47;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("register"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__48() throws RecognitionException {
        try {
            int _type = T__48;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("anzahl"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__49() throws RecognitionException {
        try {
            int _type = T__49;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match('('); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__50() throws RecognitionException {
        try {
            int _type = T__50;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match(')'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__51() throws RecognitionException {
        try {
            int _type = T__51;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("in"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__52() throws RecognitionException {
        try {
            int _type = T__52;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("mit"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__53() throws RecognitionException {
        try {
            int _type = T__53;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("l\u00E4nge"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__54() throws RecognitionException {
        try {
            int _type = T__54;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("attribut"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__55() throws RecognitionException {
        try {
            int _type = T__55;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("katalogverweise"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__56() throws RecognitionException {
        try {
            int _type = T__56;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("hat"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__57() throws RecognitionException {
        try {
            int _type = T__57;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("katalogverweis"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__58() throws RecognitionException {
        try {
            int _type = T__58;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("alle"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__59() throws RecognitionException {
        try {
            int _type = T__59;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("gilt"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__60() throws RecognitionException {
        try {
            int _type = T__60;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("es"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__61() throws RecognitionException {
        try {
            int _type = T__61;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("gibt"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__62() throws RecognitionException {
        try {
            int _type = T__62;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("oder"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__63() throws RecognitionException {
        try {
            int _type = T__63;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("und"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__64() throws RecognitionException {
        try {
            int _type = T__64;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("wahr"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mT__65() throws RecognitionException {
        try {
            int _type = T__65;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("kein"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mRULE_ID() throws RecognitionException {
        try {
            int _type = RULE_ID;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0=='^') ) {
                alt1=1;
            }
            switch (alt1) {
                case 1 :
                    {
                    match('^'); 

                    }
                    break;

            }

            if ( (input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
                input.consume();

            }
            else {
                MismatchedSetException mse = new MismatchedSetException(null,input);
                recover(mse);
                throw mse;}
            loop2:
            do {
                int alt2=2;
                int LA2_0 = input.LA(1);

                if ( ((LA2_0>='0' && LA2_0<='9')||(LA2_0>='A' && LA2_0<='Z')||LA2_0=='_'||(LA2_0>='a' && LA2_0<='z')) ) {
                    alt2=1;
                }


                switch (alt2) {
            	case 1 :
            	    {
            	    if ( (input.LA(1)>='0' && input.LA(1)<='9')||(input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop2;
                }
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mRULE_INT() throws RecognitionException {
        try {
            int _type = RULE_INT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            int cnt3=0;
            loop3:
            do {
                int alt3=2;
                int LA3_0 = input.LA(1);

                if ( ((LA3_0>='0' && LA3_0<='9')) ) {
                    alt3=1;
                }


                switch (alt3) {
            	case 1 :
            	    {
            	    matchRange('0','9'); 

            	    }
            	    break;

            	default :
            	    if ( cnt3 >= 1 ) break loop3;
                        EarlyExitException eee =
                            new EarlyExitException(3, input);
                        throw eee;
                }
                cnt3++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mRULE_STRING() throws RecognitionException {
        try {
            int _type = RULE_STRING;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0=='\"') ) {
                alt6=1;
            }
            else if ( (LA6_0=='\'') ) {
                alt6=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 6, 0, input);

                throw nvae;
            }
            switch (alt6) {
                case 1 :
                    {
                    match('\"'); 
                    loop4:
                    do {
                        int alt4=3;
                        int LA4_0 = input.LA(1);

                        if ( (LA4_0=='\\') ) {
                            alt4=1;
                        }
                        else if ( ((LA4_0>='\u0000' && LA4_0<='!')||(LA4_0>='#' && LA4_0<='[')||(LA4_0>=']' && LA4_0<='\uFFFF')) ) {
                            alt4=2;
                        }


                        switch (alt4) {
                    	case 1 :
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    {
                    	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='!')||(input.LA(1)>='#' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
                    	        input.consume();

                    	    }
                    	    else {
                    	        MismatchedSetException mse = new MismatchedSetException(null,input);
                    	        recover(mse);
                    	        throw mse;}


                    	    }
                    	    break;

                    	default :
                    	    break loop4;
                        }
                    } while (true);

                    match('\"'); 

                    }
                    break;
                case 2 :
                    {
                    match('\''); 
                    loop5:
                    do {
                        int alt5=3;
                        int LA5_0 = input.LA(1);

                        if ( (LA5_0=='\\') ) {
                            alt5=1;
                        }
                        else if ( ((LA5_0>='\u0000' && LA5_0<='&')||(LA5_0>='(' && LA5_0<='[')||(LA5_0>=']' && LA5_0<='\uFFFF')) ) {
                            alt5=2;
                        }


                        switch (alt5) {
                    	case 1 :
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    {
                    	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='&')||(input.LA(1)>='(' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
                    	        input.consume();

                    	    }
                    	    else {
                    	        MismatchedSetException mse = new MismatchedSetException(null,input);
                    	        recover(mse);
                    	        throw mse;}


                    	    }
                    	    break;

                    	default :
                    	    break loop5;
                        }
                    } while (true);

                    match('\''); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mRULE_ML_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_ML_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("/*"); 
            loop7:
            do {
                int alt7=2;
                int LA7_0 = input.LA(1);

                if ( (LA7_0=='*') ) {
                    int LA7_1 = input.LA(2);

                    if ( (LA7_1=='/') ) {
                        alt7=2;
                    }
                    else if ( ((LA7_1>='\u0000' && LA7_1<='.')||(LA7_1>='0' && LA7_1<='\uFFFF')) ) {
                        alt7=1;
                    }


                }
                else if ( ((LA7_0>='\u0000' && LA7_0<=')')||(LA7_0>='+' && LA7_0<='\uFFFF')) ) {
                    alt7=1;
                }


                switch (alt7) {
            	case 1 :
            	    {
            	    matchAny(); 

            	    }
            	    break;

            	default :
            	    break loop7;
                }
            } while (true);

            match("*/"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mRULE_SL_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_SL_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            match("//"); 
            loop8:
            do {
                int alt8=2;
                int LA8_0 = input.LA(1);

                if ( ((LA8_0>='\u0000' && LA8_0<='\t')||(LA8_0>='\u000B' && LA8_0<='\f')||(LA8_0>='\u000E' && LA8_0<='\uFFFF')) ) {
                    alt8=1;
                }


                switch (alt8) {
            	case 1 :
            	    {
            	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='\t')||(input.LA(1)>='\u000B' && input.LA(1)<='\f')||(input.LA(1)>='\u000E' && input.LA(1)<='\uFFFF') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop8;
                }
            } while (true);
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0=='\n'||LA10_0=='\r') ) {
                alt10=1;
            }
            switch (alt10) {
                case 1 :
                    {
                    int alt9=2;
                    int LA9_0 = input.LA(1);

                    if ( (LA9_0=='\r') ) {
                        alt9=1;
                    }
                    switch (alt9) {
                        case 1 :
                            {
                            match('\r'); 

                            }
                            break;

                    }

                    match('\n'); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mRULE_WS() throws RecognitionException {
        try {
            int _type = RULE_WS;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            int cnt11=0;
            loop11:
            do {
                int alt11=2;
                int LA11_0 = input.LA(1);

                if ( ((LA11_0>='\t' && LA11_0<='\n')||LA11_0=='\r'||LA11_0==' ') ) {
                    alt11=1;
                }


                switch (alt11) {
            	case 1 :
            	    {
            	    if ( (input.LA(1)>='\t' && input.LA(1)<='\n')||input.LA(1)=='\r'||input.LA(1)==' ' ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    if ( cnt11 >= 1 ) break loop11;
                        EarlyExitException eee =
                            new EarlyExitException(11, input);
                        throw eee;
                }
                cnt11++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    public final void mRULE_ANY_OTHER() throws RecognitionException {
        try {
            int _type = RULE_ANY_OTHER;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            {
            matchAny(); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }

    public void mTokens() throws RecognitionException {
        int alt12=62;
        alt12 = dfa12.predict(input);
        switch (alt12) {
            case 1 :
                {
                mT__11(); 

                }
                break;
            case 2 :
                {
                mT__12(); 

                }
                break;
            case 3 :
                {
                mT__13(); 

                }
                break;
            case 4 :
                {
                mT__14(); 

                }
                break;
            case 5 :
                {
                mT__15(); 

                }
                break;
            case 6 :
                {
                mT__16(); 

                }
                break;
            case 7 :
                {
                mT__17(); 

                }
                break;
            case 8 :
                {
                mT__18(); 

                }
                break;
            case 9 :
                {
                mT__19(); 

                }
                break;
            case 10 :
                {
                mT__20(); 

                }
                break;
            case 11 :
                {
                mT__21(); 

                }
                break;
            case 12 :
                {
                mT__22(); 

                }
                break;
            case 13 :
                {
                mT__23(); 

                }
                break;
            case 14 :
                {
                mT__24(); 

                }
                break;
            case 15 :
                {
                mT__25(); 

                }
                break;
            case 16 :
                {
                mT__26(); 

                }
                break;
            case 17 :
                {
                mT__27(); 

                }
                break;
            case 18 :
                {
                mT__28(); 

                }
                break;
            case 19 :
                {
                mT__29(); 

                }
                break;
            case 20 :
                {
                mT__30(); 

                }
                break;
            case 21 :
                {
                mT__31(); 

                }
                break;
            case 22 :
                {
                mT__32(); 

                }
                break;
            case 23 :
                {
                mT__33(); 

                }
                break;
            case 24 :
                {
                mT__34(); 

                }
                break;
            case 25 :
                {
                mT__35(); 

                }
                break;
            case 26 :
                {
                mT__36(); 

                }
                break;
            case 27 :
                {
                mT__37(); 

                }
                break;
            case 28 :
                {
                mT__38(); 

                }
                break;
            case 29 :
                {
                mT__39(); 

                }
                break;
            case 30 :
                {
                mT__40(); 

                }
                break;
            case 31 :
                {
                mT__41(); 

                }
                break;
            case 32 :
                {
                mT__42(); 

                }
                break;
            case 33 :
                {
                mT__43(); 

                }
                break;
            case 34 :
                {
                mT__44(); 

                }
                break;
            case 35 :
                {
                mT__45(); 

                }
                break;
            case 36 :
                {
                mT__46(); 

                }
                break;
            case 37 :
                {
                mT__47(); 

                }
                break;
            case 38 :
                {
                mT__48(); 

                }
                break;
            case 39 :
                {
                mT__49(); 

                }
                break;
            case 40 :
                {
                mT__50(); 

                }
                break;
            case 41 :
                {
                mT__51(); 

                }
                break;
            case 42 :
                {
                mT__52(); 

                }
                break;
            case 43 :
                {
                mT__53(); 

                }
                break;
            case 44 :
                {
                mT__54(); 

                }
                break;
            case 45 :
                {
                mT__55(); 

                }
                break;
            case 46 :
                {
                mT__56(); 

                }
                break;
            case 47 :
                {
                mT__57(); 

                }
                break;
            case 48 :
                {
                mT__58(); 

                }
                break;
            case 49 :
                {
                mT__59(); 

                }
                break;
            case 50 :
                {
                mT__60(); 

                }
                break;
            case 51 :
                {
                mT__61(); 

                }
                break;
            case 52 :
                {
                mT__62(); 

                }
                break;
            case 53 :
                {
                mT__63(); 

                }
                break;
            case 54 :
                {
                mT__64(); 

                }
                break;
            case 55 :
                {
                mT__65(); 

                }
                break;
            case 56 :
                {
                mRULE_ID(); 

                }
                break;
            case 57 :
                {
                mRULE_INT(); 

                }
                break;
            case 58 :
                {
                mRULE_STRING(); 

                }
                break;
            case 59 :
                {
                mRULE_ML_COMMENT(); 

                }
                break;
            case 60 :
                {
                mRULE_SL_COMMENT(); 

                }
                break;
            case 61 :
                {
                mRULE_WS(); 

                }
                break;
            case 62 :
                {
                mRULE_ANY_OTHER(); 

                }
                break;

        }

    }


    protected DFA12 dfa12 = new DFA12(this);
    static final String DFA12_eotS =
        "\4\uffff\1\45\1\53\1\55\1\uffff\13\62\1\uffff\5\62\2\uffff\3\62\1\45\2\uffff\3\45\13\uffff\2\62\2\uffff\7\62\1\uffff\3\62\1\154\11\62\1\166\1\62\1\uffff\6\62\1\176\2\uffff\4\62\5\uffff\6\62\1\u0089\10\62\1\uffff\10\62\1\u009b\1\uffff\2\62\1\uffff\2\62\1\u00a0\1\62\1\uffff\3\62\1\u00a5\3\62\1\u00a9\1\u00aa\1\62\1\uffff\1\62\1\u00ad\1\u00ae\1\u00af\7\62\1\u00b7\3\62\1\u00bb\1\62\1\uffff\4\62\1\uffff\2\62\1\u00c3\1\u00c4\1\uffff\3\62\2\uffff\2\62\3\uffff\4\62\1\uffff\2\62\1\uffff\1\u00d1\2\62\1\uffff\3\62\1\u00d7\1\62\1\u00d9\1\62\2\uffff\1\u00db\1\u00dc\6\62\1\u00e3\1\u00e4\2\62\1\uffff\5\62\1\uffff\1\62\1\uffff\1\62\2\uffff\1\u00ee\1\u00ef\1\u00f0\1\u00f1\2\62\2\uffff\7\62\1\u00fb\1\62\4\uffff\2\62\1\u00ff\1\62\1\u0101\4\62\1\uffff\1\62\1\u0107\1\u0108\1\uffff\1\u0109\1\uffff\2\62\1\u010c\2\62\3\uffff\1\62\1\u0110\1\uffff\3\62\1\uffff\1\u0114\2\62\1\uffff\1\62\1\u0118\1\62\1\uffff\1\u011b\1\u011c\2\uffff";
    static final String DFA12_eofS =
        "\u011d\uffff";
    static final String DFA12_minS =
        "\1\0\3\uffff\3\75\1\uffff\3\141\2\145\1\151\1\154\1\145\1\151\1\155\1\145\1\uffff\1\143\1\141\1\145\1\151\1\165\2\uffff\1\141\1\144\1\156\1\101\2\uffff\2\0\1\52\13\uffff\1\154\1\150\2\uffff\1\150\2\156\1\164\1\163\1\142\1\145\1\uffff\1\156\1\164\1\163\1\60\1\146\1\172\1\164\1\154\1\147\1\153\1\145\1\160\1\164\1\60\1\144\1\uffff\1\150\1\u00fc\1\163\1\154\1\164\1\143\1\60\2\uffff\1\164\1\151\1\145\1\144\5\uffff\1\163\1\154\1\156\1\162\1\156\1\167\1\60\1\145\2\164\1\162\1\172\1\144\1\146\1\164\1\uffff\1\154\1\141\1\162\2\145\1\165\1\163\1\157\1\60\1\uffff\1\151\1\167\1\uffff\1\163\1\144\1\60\1\150\1\uffff\1\141\1\156\1\162\1\60\1\143\1\145\1\165\2\60\1\145\1\uffff\1\164\3\60\1\164\1\145\1\141\1\145\1\u00f6\1\150\1\151\1\60\1\154\1\163\1\155\1\60\1\162\1\uffff\1\156\1\145\1\164\1\165\1\uffff\1\164\1\154\2\60\1\uffff\1\150\1\162\1\156\2\uffff\1\151\1\172\3\uffff\1\145\1\165\1\154\1\163\1\uffff\1\154\1\142\1\uffff\1\60\1\164\1\145\1\uffff\1\164\1\147\1\162\1\60\1\156\1\60\1\157\2\uffff\2\60\1\147\1\163\1\164\1\163\1\164\1\154\2\60\1\165\1\145\1\uffff\1\145\1\156\1\151\1\165\1\145\1\uffff\1\147\1\uffff\1\147\2\uffff\4\60\1\151\1\145\2\uffff\1\164\2\162\1\164\1\145\1\156\1\147\1\60\1\166\4\uffff\1\147\1\156\1\60\1\153\1\60\1\141\1\162\1\147\1\162\1\uffff\1\145\2\60\1\uffff\1\60\1\uffff\1\164\1\145\1\60\1\141\1\162\3\uffff\1\151\1\60\1\uffff\1\144\1\167\1\157\1\uffff\1\60\1\145\1\156\1\uffff\1\151\1\60\1\163\1\uffff\2\60\2\uffff";
    static final String DFA12_maxS =
        "\1\uffff\3\uffff\3\75\1\uffff\1\u00fc\1\145\2\151\1\u00e4\1\163\1\165\1\145\1\157\1\163\1\145\1\uffff\1\143\1\162\2\151\1\165\2\uffff\1\145\1\144\1\156\1\172\2\uffff\2\uffff\1\57\13\uffff\1\154\1\150\2\uffff\1\162\2\156\1\164\1\163\1\154\1\164\1\uffff\1\156\1\164\1\163\1\172\1\146\1\172\1\164\1\154\1\147\1\153\1\145\1\160\1\164\1\172\1\144\1\uffff\1\150\1\u00fc\1\163\1\154\1\164\1\143\1\172\2\uffff\1\164\1\151\1\145\1\144\5\uffff\1\163\1\154\1\156\1\162\1\156\1\167\1\172\1\145\2\164\1\162\1\172\1\144\1\146\1\164\1\uffff\1\154\1\141\1\162\1\145\1\151\1\165\1\163\1\157\1\172\1\uffff\1\151\1\167\1\uffff\1\163\1\144\1\172\1\150\1\uffff\1\141\1\156\1\162\1\172\1\143\1\145\1\165\2\172\1\145\1\uffff\1\164\3\172\1\164\1\145\1\141\1\145\1\u00f6\1\150\1\151\1\172\1\154\1\163\1\155\1\172\1\162\1\uffff\1\156\1\145\1\164\1\165\1\uffff\1\164\1\154\2\172\1\uffff\1\150\1\162\1\156\2\uffff\1\151\1\172\3\uffff\1\145\1\165\1\154\1\163\1\uffff\1\154\1\142\1\uffff\1\172\1\164\1\145\1\uffff\1\164\1\147\1\162\1\172\1\156\1\172\1\157\2\uffff\2\172\1\147\1\163\1\164\1\163\1\164\1\154\2\172\1\165\1\145\1\uffff\1\145\1\156\1\151\1\165\1\145\1\uffff\1\147\1\uffff\1\147\2\uffff\4\172\1\151\1\145\2\uffff\1\164\2\162\1\164\1\145\1\156\1\147\1\172\1\166\4\uffff\1\147\1\156\1\172\1\153\1\172\1\141\1\162\1\147\1\162\1\uffff\1\145\2\172\1\uffff\1\172\1\uffff\1\164\1\145\1\172\1\141\1\162\3\uffff\1\151\1\172\1\uffff\1\144\1\167\1\157\1\uffff\1\172\1\145\1\156\1\uffff\1\151\1\172\1\163\1\uffff\2\172\2\uffff";
    static final String DFA12_acceptS =
        "\1\uffff\1\1\1\2\1\3\3\uffff\1\11\13\uffff\1\32\5\uffff\1\47\1\50\4\uffff\1\70\1\71\3\uffff\1\75\1\76\1\1\1\2\1\3\1\4\1\6\1\5\1\10\1\7\1\11\2\uffff\1\31\1\70\7\uffff\1\53\17\uffff\1\32\7\uffff\1\47\1\50\4\uffff\1\71\1\72\1\73\1\74\1\75\17\uffff\1\62\11\uffff\1\51\2\uffff\1\35\4\uffff\1\43\12\uffff\1\56\21\uffff\1\41\4\uffff\1\52\4\uffff\1\65\3\uffff\1\66\1\37\2\uffff\1\61\1\63\1\17\4\uffff\1\21\2\uffff\1\60\3\uffff\1\44\7\uffff\1\67\1\64\14\uffff\1\33\5\uffff\1\42\1\uffff\1\40\1\uffff\1\12\1\13\6\uffff\1\23\1\46\11\uffff\1\14\1\15\1\16\1\24\11\uffff\1\36\3\uffff\1\54\1\uffff\1\45\5\uffff\1\20\1\22\1\25\2\uffff\1\30\3\uffff\1\27\3\uffff\1\34\3\uffff\1\26\2\uffff\1\57\1\55";
    static final String DFA12_specialS =
        "\1\1\40\uffff\1\2\1\0\u00fa\uffff}>";
    static final String[] DFA12_transitionS = {
            "\11\45\2\44\2\45\1\44\22\45\1\44\1\4\1\41\4\45\1\42\1\31\1\32\1\45\1\7\1\45\1\1\1\2\1\43\12\40\1\23\1\45\1\5\1\3\1\6\2\45\32\37\3\45\1\36\1\37\1\45\1\16\1\22\1\37\1\20\1\15\1\10\1\13\1\12\1\21\1\37\1\33\1\14\1\26\1\27\1\34\1\25\1\37\1\17\1\24\1\37\1\35\1\37\1\11\2\37\1\30\uff85\45",
            "",
            "",
            "",
            "\1\51",
            "\1\52",
            "\1\54",
            "",
            "\1\57\3\uffff\1\60\u0096\uffff\1\61",
            "\1\63\3\uffff\1\64",
            "\1\66\7\uffff\1\65",
            "\1\67\3\uffff\1\70",
            "\1\71\176\uffff\1\72",
            "\1\73\4\uffff\1\74\3\uffff\1\75\1\76",
            "\1\102\1\uffff\1\100\5\uffff\1\101\1\77",
            "\1\103",
            "\1\105\5\uffff\1\104",
            "\1\106\1\110\4\uffff\1\107",
            "\1\111",
            "",
            "\1\113",
            "\1\115\20\uffff\1\114",
            "\1\116\3\uffff\1\117",
            "\1\120",
            "\1\121",
            "",
            "",
            "\1\124\3\uffff\1\125",
            "\1\126",
            "\1\127",
            "\32\62\4\uffff\1\62\1\uffff\32\62",
            "",
            "",
            "\0\131",
            "\0\131",
            "\1\132\4\uffff\1\133",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "\1\135",
            "\1\136",
            "",
            "",
            "\1\140\11\uffff\1\137",
            "\1\141",
            "\1\142",
            "\1\143",
            "\1\144",
            "\1\146\11\uffff\1\145",
            "\1\147\16\uffff\1\150",
            "",
            "\1\151",
            "\1\152",
            "\1\153",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\155",
            "\1\156",
            "\1\157",
            "\1\160",
            "\1\161",
            "\1\162",
            "\1\163",
            "\1\164",
            "\1\165",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\167",
            "",
            "\1\170",
            "\1\171",
            "\1\172",
            "\1\173",
            "\1\174",
            "\1\175",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "",
            "",
            "\1\177",
            "\1\u0080",
            "\1\u0081",
            "\1\u0082",
            "",
            "",
            "",
            "",
            "",
            "\1\u0083",
            "\1\u0084",
            "\1\u0085",
            "\1\u0086",
            "\1\u0087",
            "\1\u0088",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u008a",
            "\1\u008b",
            "\1\u008c",
            "\1\u008d",
            "\1\u008e",
            "\1\u008f",
            "\1\u0090",
            "\1\u0091",
            "",
            "\1\u0092",
            "\1\u0093",
            "\1\u0094",
            "\1\u0095",
            "\1\u0096\3\uffff\1\u0097",
            "\1\u0098",
            "\1\u0099",
            "\1\u009a",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "",
            "\1\u009c",
            "\1\u009d",
            "",
            "\1\u009e",
            "\1\u009f",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u00a1",
            "",
            "\1\u00a2",
            "\1\u00a3",
            "\1\u00a4",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u00a6",
            "\1\u00a7",
            "\1\u00a8",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u00ab",
            "",
            "\1\u00ac",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u00b0",
            "\1\u00b1",
            "\1\u00b2",
            "\1\u00b3",
            "\1\u00b4",
            "\1\u00b5",
            "\1\u00b6",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u00b8",
            "\1\u00b9",
            "\1\u00ba",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u00bc",
            "",
            "\1\u00bd",
            "\1\u00be",
            "\1\u00bf",
            "\1\u00c0",
            "",
            "\1\u00c1",
            "\1\u00c2",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "",
            "\1\u00c5",
            "\1\u00c6",
            "\1\u00c7",
            "",
            "",
            "\1\u00c8",
            "\1\u00c9",
            "",
            "",
            "",
            "\1\u00ca",
            "\1\u00cb",
            "\1\u00cc",
            "\1\u00cd",
            "",
            "\1\u00ce",
            "\1\u00cf",
            "",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\26\62\1\u00d0\3\62",
            "\1\u00d2",
            "\1\u00d3",
            "",
            "\1\u00d4",
            "\1\u00d5",
            "\1\u00d6",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u00d8",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u00da",
            "",
            "",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u00dd",
            "\1\u00de",
            "\1\u00df",
            "\1\u00e0",
            "\1\u00e1",
            "\1\u00e2",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u00e5",
            "\1\u00e6",
            "",
            "\1\u00e7",
            "\1\u00e8",
            "\1\u00e9",
            "\1\u00ea",
            "\1\u00eb",
            "",
            "\1\u00ec",
            "",
            "\1\u00ed",
            "",
            "",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u00f2",
            "\1\u00f3",
            "",
            "",
            "\1\u00f4",
            "\1\u00f5",
            "\1\u00f6",
            "\1\u00f7",
            "\1\u00f8",
            "\1\u00f9",
            "\1\u00fa",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u00fc",
            "",
            "",
            "",
            "",
            "\1\u00fd",
            "\1\u00fe",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u0100",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u0102",
            "\1\u0103",
            "\1\u0104",
            "\1\u0105",
            "",
            "\1\u0106",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "",
            "\1\u010a",
            "\1\u010b",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u010d",
            "\1\u010e",
            "",
            "",
            "",
            "\1\u010f",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "",
            "\1\u0111",
            "\1\u0112",
            "\1\u0113",
            "",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u0115",
            "\1\u0116",
            "",
            "\1\u0117",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "\1\u0119",
            "",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\4\62\1\u011a\25\62",
            "\12\62\7\uffff\32\62\4\uffff\1\62\1\uffff\32\62",
            "",
            ""
    };

    static final short[] DFA12_eot = DFA.unpackEncodedString(DFA12_eotS);
    static final short[] DFA12_eof = DFA.unpackEncodedString(DFA12_eofS);
    static final char[] DFA12_min = DFA.unpackEncodedStringToUnsignedChars(DFA12_minS);
    static final char[] DFA12_max = DFA.unpackEncodedStringToUnsignedChars(DFA12_maxS);
    static final short[] DFA12_accept = DFA.unpackEncodedString(DFA12_acceptS);
    static final short[] DFA12_special = DFA.unpackEncodedString(DFA12_specialS);
    static final short[][] DFA12_transition;

    static {
        int numStates = DFA12_transitionS.length;
        DFA12_transition = new short[numStates][];
        for (int i=0; i<numStates; i++) {
            DFA12_transition[i] = DFA.unpackEncodedString(DFA12_transitionS[i]);
        }
    }

    class DFA12 extends DFA {

        public DFA12(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 12;
            this.eot = DFA12_eot;
            this.eof = DFA12_eof;
            this.min = DFA12_min;
            this.max = DFA12_max;
            this.accept = DFA12_accept;
            this.special = DFA12_special;
            this.transition = DFA12_transition;
        }
        public String getDescription() {
            return "1:1: Tokens : ( T__11 | T__12 | T__13 | T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER );";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            IntStream input = _input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA12_34 = input.LA(1);

                        s = -1;
                        if ( ((LA12_34>='\u0000' && LA12_34<='\uFFFF')) ) {s = 89;}

                        else s = 37;

                        if ( s>=0 ) return s;
                        break;
                    case 1 : 
                        int LA12_0 = input.LA(1);

                        s = -1;
                        if ( (LA12_0=='-') ) {s = 1;}

                        else if ( (LA12_0=='.') ) {s = 2;}

                        else if ( (LA12_0=='=') ) {s = 3;}

                        else if ( (LA12_0=='!') ) {s = 4;}

                        else if ( (LA12_0=='<') ) {s = 5;}

                        else if ( (LA12_0=='>') ) {s = 6;}

                        else if ( (LA12_0=='+') ) {s = 7;}

                        else if ( (LA12_0=='f') ) {s = 8;}

                        else if ( (LA12_0=='w') ) {s = 9;}

                        else if ( (LA12_0=='h') ) {s = 10;}

                        else if ( (LA12_0=='g') ) {s = 11;}

                        else if ( (LA12_0=='l') ) {s = 12;}

                        else if ( (LA12_0=='e') ) {s = 13;}

                        else if ( (LA12_0=='a') ) {s = 14;}

                        else if ( (LA12_0=='r') ) {s = 15;}

                        else if ( (LA12_0=='d') ) {s = 16;}

                        else if ( (LA12_0=='i') ) {s = 17;}

                        else if ( (LA12_0=='b') ) {s = 18;}

                        else if ( (LA12_0==':') ) {s = 19;}

                        else if ( (LA12_0=='s') ) {s = 20;}

                        else if ( (LA12_0=='p') ) {s = 21;}

                        else if ( (LA12_0=='m') ) {s = 22;}

                        else if ( (LA12_0=='n') ) {s = 23;}

                        else if ( (LA12_0=='z') ) {s = 24;}

                        else if ( (LA12_0=='(') ) {s = 25;}

                        else if ( (LA12_0==')') ) {s = 26;}

                        else if ( (LA12_0=='k') ) {s = 27;}

                        else if ( (LA12_0=='o') ) {s = 28;}

                        else if ( (LA12_0=='u') ) {s = 29;}

                        else if ( (LA12_0=='^') ) {s = 30;}

                        else if ( ((LA12_0>='A' && LA12_0<='Z')||LA12_0=='_'||LA12_0=='c'||LA12_0=='j'||LA12_0=='q'||LA12_0=='t'||LA12_0=='v'||(LA12_0>='x' && LA12_0<='y')) ) {s = 31;}

                        else if ( ((LA12_0>='0' && LA12_0<='9')) ) {s = 32;}

                        else if ( (LA12_0=='\"') ) {s = 33;}

                        else if ( (LA12_0=='\'') ) {s = 34;}

                        else if ( (LA12_0=='/') ) {s = 35;}

                        else if ( ((LA12_0>='\t' && LA12_0<='\n')||LA12_0=='\r'||LA12_0==' ') ) {s = 36;}

                        else if ( ((LA12_0>='\u0000' && LA12_0<='\b')||(LA12_0>='\u000B' && LA12_0<='\f')||(LA12_0>='\u000E' && LA12_0<='\u001F')||(LA12_0>='#' && LA12_0<='&')||LA12_0=='*'||LA12_0==','||LA12_0==';'||(LA12_0>='?' && LA12_0<='@')||(LA12_0>='[' && LA12_0<=']')||LA12_0=='`'||(LA12_0>='{' && LA12_0<='\uFFFF')) ) {s = 37;}

                        if ( s>=0 ) return s;
                        break;
                    case 2 : 
                        int LA12_33 = input.LA(1);

                        s = -1;
                        if ( ((LA12_33>='\u0000' && LA12_33<='\uFFFF')) ) {s = 89;}

                        else s = 37;

                        if ( s>=0 ) return s;
                        break;
            }
            NoViableAltException nvae =
                new NoViableAltException(getDescription(), 12, _s, input);
            error(nvae);
            throw nvae;
        }
    }
 

}