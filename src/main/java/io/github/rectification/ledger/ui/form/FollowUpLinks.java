package io.github.rectification.ledger.ui.form;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.FollowUpRepository;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.List;
import java.util.Optional;

/** The links of a record to 回头看 rounds, both ways, in words for its form. */
final class FollowUpLinks {
    private FollowUpLinks() {
    }

    /** "由“X”开启，带入整改措施 n 条，其中现已完成 d 条" for a round; "已开启回头看：Y" for an origin; both when both. */
    static String of(LedgerStore store, Inspection i) {
        FollowUpRepository f = store.followUp();
        StringBuilder sb = new StringBuilder();
        Optional<String> origin = f.originOf(i.id()).flatMap(store.inspections()::inspection).map(Inspection::name);
        if (origin.isPresent()) {
            List<Long> carried = f.carriedMeasures(i.id());
            long done = carried.stream().map(store.inspections()::measure).flatMap(Optional::stream)
                    .filter(m -> m.status() == Status.DONE).count();
            sb.append(lang("followup.link.round", origin.get(), carried.size(), done));
        }
        List<String> rounds = names(store, f.roundsOf(i.id()));
        if (!rounds.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "\n").append(lang("followup.link.rounds", join(rounds)));
        }
        return sb.toString();
    }

    /** "带入自“X”" for a measure carried over; "已带入回头看：Y" for one carried on. */
    static String of(LedgerStore store, Measure m) {
        FollowUpRepository f = store.followUp();
        StringBuilder sb = new StringBuilder();
        f.carriedFrom(m.id()).flatMap(id -> inspectionOf(store, id))
                .ifPresent(name -> sb.append(lang("followup.link.carried", name)));
        List<String> into = f.carriedInto(m.id()).stream().map(id -> inspectionOf(store, id)).flatMap(Optional::stream)
                .toList();
        if (!into.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "\n").append(lang("followup.link.carried.into", join(into)));
        }
        return sb.toString();
    }

    private static Optional<String> inspectionOf(LedgerStore store, long measureId) {
        return store.inspections().measure(measureId).flatMap(m -> store.inspections().problem(m.problemId()))
                .flatMap(p -> store.inspections().inspection(p.inspectionId())).map(Inspection::name);
    }

    private static List<String> names(LedgerStore store, List<Long> inspections) {
        return inspections.stream().map(store.inspections()::inspection).flatMap(Optional::stream).map(Inspection::name)
                .toList();
    }

    private static String join(List<String> names) {
        return String.join(lang("followup.link.separator"), names.stream().map(n -> "“" + n + "”").toList());
    }
}
