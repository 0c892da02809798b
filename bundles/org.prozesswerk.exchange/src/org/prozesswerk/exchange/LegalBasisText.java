package org.prozesswerk.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * Legal bases as one line of text, the way registers and XProzess messages cite them: {@code § 27 MuSchG},
 * {@code § 27 (1) - (4) MuSchG}, {@code Art. 6 DSGVO}. Such a citation splits into paragraph ({@code § 27 (1) - (4)})
 * and abbreviation (the last word); anything else is kept whole as the title.
 */
public final class LegalBasisText {

    // A leading §/§§/Art./Artikel, then anything, then a last word that looks like an abbreviation (no spaces).
    private static final Pattern CITATION =
            Pattern.compile("^((?:§§?|Art\\.|Artikel)\\s*\\S.*?)\\s+(\\S+)$");

    private LegalBasisText() {
    }

    /** A new legal basis from a citation; {@code null} for blank text. */
    public static LegalBasis parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replaceAll("\\s+", " ");
        LegalBasis basis = ProzesswerkFactory.eINSTANCE.createLegalBasis();
        Matcher matcher = CITATION.matcher(plain);
        if (matcher.matches() && !matcher.group(2).matches("[\\d()\\-–.,]+")) {
            basis.setParagraph(matcher.group(1));
            basis.setAbbreviation(matcher.group(2));
        } else {
            basis.setTitle(plain);
        }
        return basis;
    }

    /**
     * The citation of a legal basis: paragraph and abbreviation ({@code § 14 GewO}), else the title, else the
     * abbreviation; {@code ""} if it has none of them.
     */
    public static String format(LegalBasis basis) {
        String paragraph = blankToNull(basis.getParagraph());
        String abbreviation = blankToNull(basis.getAbbreviation());
        String title = blankToNull(basis.getTitle());
        if (paragraph != null && abbreviation != null) {
            return paragraph + " " + abbreviation;
        }
        if (title != null) {
            return paragraph != null ? paragraph + " " + title : title;
        }
        if (abbreviation != null) {
            return abbreviation;
        }
        return paragraph == null ? "" : paragraph;
    }

    /** Whether {@link #format} followed by {@link #parse} gives back the same abbreviation, paragraph and title. */
    public static boolean roundTrips(LegalBasis basis) {
        LegalBasis again = parse(format(basis));
        return again != null && equal(again.getAbbreviation(), basis.getAbbreviation())
                && equal(again.getParagraph(), basis.getParagraph()) && equal(again.getTitle(), basis.getTitle());
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
