package org.prozesswerk.muster.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of {@code data/zustaendigkeit.csv} that give a LeiKa service its responsible unit, or say that no
 * municipality runs it. The first matching rule decides.
 */
public final class ResponsibilityRules {

    public static final String FILE = "data/zustaendigkeit.csv";

    /** Target of rules for services no municipality runs. */
    public static final String NOT_MUNICIPAL = "-";

    /**
     * One rule. Empty conditions match anything.
     *
     * @param unitCode the responsible unit, or {@code null} for "not a municipal task"
     */
    public record Rule(int line, String leikaPrefix, String ozgId, String lebenslage, List<String> words,
            String unitCode, String note) {

        public boolean matches(String leikaKey, String serviceOzgId, String serviceLebenslage, String label) {
            if (!leikaPrefix.isEmpty() && !leikaKey.startsWith(leikaPrefix)) {
                return false;
            }
            if (!ozgId.isEmpty() && !ozgId.equals(serviceOzgId)) {
                return false;
            }
            if (!lebenslage.isEmpty() && !lebenslage.equals(serviceLebenslage)) {
                return false;
            }
            if (words.isEmpty()) {
                return true;
            }
            String folded = label.toLowerCase(Locale.ROOT);
            return words.stream().anyMatch(folded::contains);
        }

        public boolean municipal() {
            return unitCode != null;
        }
    }

    private final List<Rule> rules;

    private ResponsibilityRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads the rules and checks that every target is a unit of {@code template}. */
    public static ResponsibilityRules load(OrgChartTemplate template) {
        DataFile file = DataFile.read(FILE);
        List<Rule> rules = new ArrayList<>();
        for (DataFile.Row row : file.rows()) {
            String target = row.get(4);
            if (target.isEmpty() || !target.equals(NOT_MUNICIPAL) && template.unit(target).isEmpty()) {
                throw new IllegalStateException(file.problem(row, "target '" + target
                        + "' is neither '-' nor a unit of " + OrgChartTemplate.FILE));
            }
            List<String> words = row.get(3).isEmpty() ? List.of()
                    : Arrays.stream(row.get(3).split("\\|")).map(w -> w.strip().toLowerCase(Locale.ROOT)).toList();
            if (row.get(0).isEmpty() && row.get(1).isEmpty() && row.get(2).isEmpty() && words.isEmpty()) {
                throw new IllegalStateException(file.problem(row, "a rule needs at least one condition"));
            }
            rules.add(new Rule(row.line(), row.get(0), row.get(1), row.get(2), words,
                    target.equals(NOT_MUNICIPAL) ? null : target, row.get(5)));
        }
        return new ResponsibilityRules(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The first rule matching the service, if any. */
    public Optional<Rule> match(String leikaKey, String ozgId, String lebenslage, String label) {
        String ozg = ozgId == null ? "" : ozgId;
        String ll = lebenslage == null ? "" : lebenslage;
        for (Rule rule : rules) {
            if (rule.matches(leikaKey, ozg, ll, label)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
