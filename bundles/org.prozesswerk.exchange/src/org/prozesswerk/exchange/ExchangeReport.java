package org.prozesswerk.exchange;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.internal.Messages;

/**
 * What an import or export did, item by item: what was mapped to which feature, what was created, and what was
 * skipped and why. Importers and exporters add an entry for everything of the source they did not carry over, so
 * that nothing is dropped silently. Not thread-safe; one report belongs to one run.
 */
public final class ExchangeReport {

    /** What happened to an item. */
    public enum Kind {
        /** Carried over: the message names the target (a model feature, an element, a column). */
        MAPPED,
        /** Created on the way, e.g. an organisational unit for a participant that did not exist. */
        CREATED,
        /** Well-formed, but not carried over because the target has no place for it; the message is the reason. */
        SKIPPED,
        /** Malformed source data that could not be taken (a bad value, a row without name); the message says why. */
        REJECTED,
        /** Carried over with a caveat (e.g. a value truncated or normalised). */
        WARNING
    }

    /**
     * One item.
     *
     * @param kind     what happened
     * @param location where in the source: an element path, "Zeile 12", a sheet and row; may be empty
     * @param item     what it is, e.g. the element name or the column header and value
     * @param message  the target feature (mapped) or the reason (skipped, warning)
     */
    public record Entry(Kind kind, String location, String item, String message) {

        public Entry {
            Objects.requireNonNull(kind, "kind");
            location = location == null ? "" : location;
            item = item == null ? "" : item;
            message = message == null ? "" : message;
        }

        @Override
        public String toString() {
            String label = switch (kind) {
                case MAPPED -> Messages.Report_Mapped;
                case CREATED -> Messages.Report_Created;
                case SKIPPED -> Messages.Report_Skipped;
                case REJECTED -> Messages.Report_Rejected;
                case WARNING -> Messages.Report_Warning;
            };
            StringBuilder text = new StringBuilder(label).append(": ");
            if (!location.isEmpty()) {
                text.append(location).append(": ");
            }
            text.append(item);
            if (!message.isEmpty()) {
                text.append(" \u2192 ").append(message);
            }
            return text.toString();
        }
    }

    /**
     * Messages are mostly the same few texts bound anew for every item ("… not carried: responsibleUnit"); an export
     * of 100,000 Steckbriefe reports about a million items, so equal messages share one string (up to
     * {@link #MAX_SHARED} different ones).
     */
    private static final int MAX_SHARED = 4096;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> sharedMessages = new HashMap<>();
    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    private int profiles;

    public ExchangeReport add(Kind kind, String location, String item, String message) {
        entries.add(new Entry(kind, location, item, shared(message)));
        counts.merge(kind, 1, Integer::sum);
        return this;
    }

    private String shared(String message) {
        if (message == null) {
            return null;
        }
        String known = sharedMessages.get(message);
        if (known != null) {
            return known;
        }
        if (sharedMessages.size() < MAX_SHARED) {
            sharedMessages.put(message, message);
        }
        return message;
    }

    public ExchangeReport mapped(String location, String item, String target) {
        return add(Kind.MAPPED, location, item, target);
    }

    public ExchangeReport created(String location, String item, String what) {
        return add(Kind.CREATED, location, item, what);
    }

    public ExchangeReport skipped(String location, String item, String reason) {
        return add(Kind.SKIPPED, location, item, reason);
    }

    public ExchangeReport rejected(String location, String item, String reason) {
        return add(Kind.REJECTED, location, item, reason);
    }

    public ExchangeReport warning(String location, String item, String reason) {
        return add(Kind.WARNING, location, item, reason);
    }

    /** Counts one Steckbrief written or read. */
    public void countProfile() {
        profiles++;
    }

    /** Steckbriefe written (export) or created (import). */
    public int profiles() {
        return profiles;
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The entries of one kind, in the order they were added. */
    public List<Entry> entries(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    public int count(Kind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** Whether an entry of {@code kind} has an item or message containing {@code text}. */
    public boolean mentions(Kind kind, String text) {
        return entries.stream().anyMatch(e -> e.kind() == kind && (e.item().contains(text)
                || e.message().contains(text) || e.location().contains(text)));
    }

    /**
     * A text for people: a summary line, then every rejected item, every skipped item and warning, then mapped and created items up to
     * {@code maxMappedLines} (the rest are counted, not listed).
     */
    public String toText(int maxMappedLines) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        writeText(out, maxMappedLines);
        out.flush();
        return text.toString();
    }

    /**
     * Writes {@link #toText(int)} line by line to {@code out}: a large export's report (hundreds of thousands of
     * skipped items) is never held as one string.
     */
    public void writeText(PrintWriter out, int maxMappedLines) {
        out.append(NLS.bind(Messages.Report_Summary, new Object[] { profiles, count(Kind.MAPPED),
                count(Kind.CREATED), count(Kind.SKIPPED), count(Kind.REJECTED), count(Kind.WARNING) }))
                .append('\n');
        for (Entry entry : entries) {
            if (entry.kind() == Kind.REJECTED) {
                out.append("  ").append(entry.toString()).append('\n');
            }
        }
        for (Entry entry : entries) {
            if (entry.kind() == Kind.SKIPPED || entry.kind() == Kind.WARNING) {
                out.append("  ").append(entry.toString()).append('\n');
            }
        }
        int listed = 0;
        int rest = 0;
        for (Entry entry : entries) {
            if (entry.kind() == Kind.MAPPED || entry.kind() == Kind.CREATED) {
                if (listed < maxMappedLines) {
                    out.append("  ").append(entry.toString()).append('\n');
                    listed++;
                } else {
                    rest++;
                }
            }
        }
        if (rest > 0) {
            out.append("  ").append(NLS.bind(Messages.Report_More, rest)).append('\n');
        }
    }

    @Override
    public String toString() {
        return toText(Integer.MAX_VALUE);
    }
}
