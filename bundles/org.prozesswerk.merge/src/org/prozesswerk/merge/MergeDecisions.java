package org.prozesswerk.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * How the conflicts of a merge are decided: per conflict (by {@link Conflict#id()}), by rule (e.g. all legal bases
 * from THEIRS), by the policy's suggestion, or by a default side. Precedence: per-conflict choice, then the first
 * matching rule, then the suggestion (if {@link #followSuggestions()}), then the default side; a conflict none of these
 * decides is open. Serializable as JSON ({@link #toJson()}, {@link #fromJson(String)}) so that a half-decided update
 * can be saved and resumed.
 */
public final class MergeDecisions {

    /**
     * A rule deciding many conflicts at once; {@code null} fields match anything.
     *
     * @param kind        conflict kind, or null
     * @param elementType element type, or null
     * @param feature     feature name (e.g. {@code legalBases}, {@code name}), or null
     * @param side        the side to take
     */
    public record Rule(ConflictKind kind, ElementType elementType, String feature, Side side) {
        /** @return whether this rule applies to the conflict */
        public boolean matches(Conflict c) {
            return (kind == null || kind == c.kind()) && (elementType == null || elementType == c.elementType())
                    && (feature == null || feature.equals(c.feature()));
        }
    }

    private Map<String, Side> choices = new LinkedHashMap<>();
    private List<Rule> rules = new ArrayList<>();
    private boolean followSuggestions;
    private Side defaultSide;

    /** Decides one conflict; replaces an earlier choice for it. */
    public MergeDecisions choose(String conflictId, Side side) {
        choices.put(conflictId, side);
        return this;
    }

    /** Removes the choice for one conflict. */
    public MergeDecisions unchoose(String conflictId) {
        choices.remove(conflictId);
        return this;
    }

    /** Adds a rule (evaluated after per-conflict choices, in the order added). */
    public MergeDecisions addRule(Rule rule) {
        rules.add(rule);
        return this;
    }

    /** Decides conflicts that the policy has a suggestion for by that suggestion. */
    public MergeDecisions followSuggestions(boolean follow) {
        followSuggestions = follow;
        return this;
    }

    /** The side for every conflict nothing else decides ({@code null}: those stay open). */
    public MergeDecisions defaultSide(Side side) {
        defaultSide = side;
        return this;
    }

    public Map<String, Side> choices() {
        return choices;
    }

    public List<Rule> rules() {
        return rules;
    }

    public boolean followSuggestions() {
        return followSuggestions;
    }

    public Side defaultSide() {
        return defaultSide;
    }

    /** @return the side deciding the conflict, or {@code null} if it is open */
    public Side resolve(Conflict conflict) {
        Side side = choices.get(conflict.id());
        if (side != null) {
            return side;
        }
        for (Rule rule : rules) {
            if (rule.matches(conflict)) {
                return rule.side();
            }
        }
        if (followSuggestions && conflict.suggested() != null) {
            return conflict.suggested();
        }
        return defaultSide;
    }

    /** @return the conflicts of the list that these decisions leave open */
    public List<Conflict> open(List<Conflict> conflicts) {
        List<Conflict> open = new ArrayList<>();
        for (Conflict c : conflicts) {
            if (resolve(c) == null) {
                open.add(c);
            }
        }
        return open;
    }

    /** Loaded only when JSON is used, so the engine runs without Gson on the class path. */
    private static final class Json {
        static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().create();
    }

    /** @return these decisions as JSON */
    public String toJson() {
        return Json.GSON.toJson(this);
    }

    /**
     * @param json decisions written by {@link #toJson()}
     * @return the decisions
     * @throws IllegalArgumentException if the text is not such JSON
     */
    public static MergeDecisions fromJson(String json) {
        try {
            MergeDecisions d = Json.GSON.fromJson(json, MergeDecisions.class);
            if (d == null) {
                throw new IllegalArgumentException("empty decisions");
            }
            if (d.choices == null) {
                d.choices = new LinkedHashMap<>();
            }
            if (d.rules == null) {
                d.rules = new ArrayList<>();
            }
            for (Rule r : d.rules) {
                if (r == null || r.side() == null) {
                    throw new IllegalArgumentException("rule without side: " + r);
                }
            }
            if (d.choices.containsValue(null)) {
                throw new IllegalArgumentException("choice without side (OURS or THEIRS)");
            }
            return d;
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
