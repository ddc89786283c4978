package io.github.rectification.ledger.ui.report;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The day the statistics, warnings, summaries and notice are counted as of (截至): today unless the
 * user chooses another, with each inspection's 填报日期 offered. One for the window, so that the
 * dashboard, the print preview, the summaries and the notice all count as of the same day.
 */
public final class ReferenceDay {
    /** A day offered to count as of, with what it is. */
    public record Offer(LocalDate day, String label) {
    }

    private final Supplier<LocalDate> today;
    private final LedgerSession session;
    /** The chosen day; null for today. */
    private final ObjectProperty<LocalDate> chosen = new SimpleObjectProperty<>();

    public ReferenceDay(LedgerSession session, Supplier<LocalDate> today) {
        this.session = session;
        this.today = today;
        // another ledger has other 填报日期: counting goes back to today
        session.lastChangeProperty().addListener((obs, old, now) -> {
            if (now != null && now.reopened()) {
                chosen.set(null);
            }
        });
    }

    /** The day to count as of: the chosen one, else today. */
    public LocalDate get() {
        LocalDate d = chosen.get();
        return d != null ? d : today.get();
    }

    /** The chosen day, null for today; set it to count as of another day. */
    public ObjectProperty<LocalDate> chosenProperty() {
        return chosen;
    }

    /** As the reports print it: 截至2022年9月30日. */
    public String text() {
        LocalDate d = get();
        return lang("asof.text", String.valueOf(d.getYear()), String.valueOf(d.getMonthValue()),
                String.valueOf(d.getDayOfMonth()));
    }

    /** Today, then each 填报日期 of the ledger's inspections (once per day, with the inspections it is of). */
    public List<Offer> offers() {
        List<Offer> out = new ArrayList<>();
        out.add(new Offer(today.get(), lang("asof.today")));
        if (!session.isOpen()) {
            return out;
        }
        Map<LocalDate, List<String>> byDay = new LinkedHashMap<>();
        for (Inspection i : session.store().inspections().all()) {
            if (i.reportDate() != null) {
                byDay.computeIfAbsent(i.reportDate(), d -> new ArrayList<>()).add(i.name());
            }
        }
        byDay.forEach((day, names) -> out.add(new Offer(day, lang("asof.reportDate",
                String.valueOf(day.getYear()), String.valueOf(day.getMonthValue()), String.valueOf(day.getDayOfMonth()),
                names.size() == 1 ? names.get(0) : lang("asof.inspections", names.size())))));
        return out;
    }
}
