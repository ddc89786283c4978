package io.github.rectification.ledger.exchange.distribution;

import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.domain.DirectoryLookup;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.SentPart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The returns register (报送情况) of a round of distribution: for each part sent, when and in which
 * file, whether and when it came back, whether it is late against the due date as of a day, the
 * conflicts its returns left open, and whom to chase (催报).
 */
public final class ReturnsRegister {
    /** One part of the round as the register lists it. */
    public record Line(SentPart part, boolean overdue, String contact, String email) {
        public String recipient() {
            return part.recipient();
        }
    }

    /** A round: its id, when it was sent, due when, and its lines. */
    public record Round(String round, String sent, LocalDate due, List<Line> lines) {
        public List<Line> late() {
            return lines.stream().filter(Line::overdue).toList();
        }

        public List<Line> outstanding() {
            return lines.stream().filter(l -> !l.part().returned()).toList();
        }
    }

    private ReturnsRegister() {
    }

    /** Every round, oldest first. */
    public static List<String> rounds(LedgerStore store) {
        return store.distributions().rounds();
    }

    /** The latest round, if any. */
    public static Optional<String> latest(LedgerStore store) {
        List<String> all = rounds(store);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * The register of a round as of {@code asOf}: a part not returned is late once its due date has
     * passed; a round without a due date has no late parts. Empty for an unknown round.
     */
    public static Optional<Round> of(LedgerStore store, String round, LocalDate asOf) {
        List<SentPart> parts = store.distributions().round(round);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String dueText = parts.get(0).due();
        LocalDate due = dueText == null || dueText.isBlank() ? null : LocalDate.parse(dueText);
        List<Line> lines = new ArrayList<>();
        DirectoryLookup directory = store.directory().lookup();
        for (SentPart p : parts) {
            Department d = directory.resolve(p.recipient()).orElse(null);
            boolean late = !p.returned() && due != null && asOf.isAfter(due);
            lines.add(new Line(p, late, d == null ? "" : d.contact(), d == null ? "" : d.email()));
        }
        return Optional.of(new Round(round, parts.get(0).batch().at(), due, lines));
    }
}
