package io.github.rectification.ledger.ui.report;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.ReportScope;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The part of the ledger the window's reports count ({@link ReportScope}): the whole ledger unless
 * the user chooses inspections. One for the window, so that the dashboard, the print preview, the
 * summaries and the notice all count the same inspections; back to the whole ledger when another
 * ledger is opened.
 */
public final class ScopeChoice {
    /**
     * An entry of the scope menu.
     *
     * @param inspectionId the inspection; null for the whole ledger
     */
    public record Offer(Long inspectionId, String label, boolean selected) {
    }

    private final LedgerSession session;
    private final ObjectProperty<ReportScope> chosen = new SimpleObjectProperty<>(ReportScope.WHOLE);

    public ScopeChoice(LedgerSession session) {
        this.session = session;
        session.lastChangeProperty().addListener((obs, old, now) -> {
            if (now != null && now.reopened()) {
                chosen.set(ReportScope.WHOLE);
            }
        });
    }

    /** The chosen scope, without inspections deleted since; the whole ledger when none of them is left. */
    public ReportScope get() {
        ReportScope scope = chosen.get();
        if (scope.isWhole() || !session.isOpen()) {
            return ReportScope.WHOLE;
        }
        List<Long> left = new ArrayList<>();
        for (Inspection i : session.store().inspections().all()) {
            if (scope.inspectionIds().contains(i.id())) {
                left.add(i.id());
            }
        }
        return ReportScope.of(left);
    }

    public ObjectProperty<ReportScope> chosenProperty() {
        return chosen;
    }

    /** Chooses the whole ledger ({@code null}) or adds or takes out one inspection. */
    public void toggle(Long inspectionId) {
        chosen.set(inspectionId == null ? ReportScope.WHOLE : get().toggle(inspectionId));
    }

    /** As the reports name it: 全部巡察, the inspection's name, or 2个巡察. */
    public String text() {
        ReportScope scope = get();
        if (scope.isWhole()) {
            return lang("scope.whole");
        }
        List<Inspection> in = session.store().inspections().all().stream()
                .filter(i -> scope.inspectionIds().contains(i.id())).toList();
        return in.size() == 1 ? in.get(0).name() : lang("asof.inspections", in.size());
    }

    /** The whole ledger, then each inspection, each marked when it is chosen. */
    public List<Offer> offers() {
        ReportScope scope = get();
        List<Offer> out = new ArrayList<>();
        out.add(new Offer(null, lang("scope.whole"), scope.isWhole()));
        if (session.isOpen()) {
            for (Inspection i : session.store().inspections().all()) {
                out.add(new Offer(i.id(), i.name(), scope.inspectionIds().contains(i.id())));
            }
        }
        return out;
    }
}
