package org.prozesswerk.muster.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Trigger and result of a Steckbrief by LeiKa Verrichtungskennung, from {@code data/verrichtungen.csv}. */
public final class VerrichtungRules {

    public static final String FILE = "data/verrichtungen.csv";

    /**
     * @param onApplication the process starts with a submission by the citizen or company, so an online service fits
     */
    public record Verrichtung(String code, String name, String trigger, String result, boolean onApplication) {
    }

    private final Map<String, Verrichtung> byCode;

    private VerrichtungRules(Map<String, Verrichtung> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public static VerrichtungRules load() {
        DataFile file = DataFile.read(FILE);
        Map<String, Verrichtung> byCode = new LinkedHashMap<>();
        for (DataFile.Row row : file.rows()) {
            String code = row.get(0);
            if (!code.matches("\\d{3}") || code.equals("000")) {
                throw new IllegalStateException(file.problem(row, "Kennung must be 3 digits other than 000"));
            }
            boolean onApplication = switch (row.get(4)) {
                case "ja" -> true;
                case "nein" -> false;
                default -> throw new IllegalStateException(file.problem(row, "Antrag must be ja or nein"));
            };
            if (byCode.put(code, new Verrichtung(code, row.get(1), row.get(2), row.get(3), onApplication)) != null) {
                throw new IllegalStateException(file.problem(row, "Kennung " + code + " listed twice"));
            }
        }
        return new VerrichtungRules(byCode);
    }

    /** The Verrichtung of a 14-digit LeiKa key (digits 9 to 11); empty for a Leistungsobjekt or an unlisted code. */
    public Optional<Verrichtung> forLeikaKey(String leikaKey) {
        return Optional.ofNullable(byCode.get(leikaKey.substring(8, 11)));
    }
}
