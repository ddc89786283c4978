package io.github.rectification.ledger.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A measure in one of the deadline bands, with the days left (negative: days overdue). */
public record DeadlineWarning(Measure measure, WarningBand band, long daysLeft) {

    /** Every warning of a ledger, most urgent first, ties in ledger order. */
    public static List<DeadlineWarning> of(Ledger ledger, WarningBands bands, LocalDate today) {
        List<DeadlineWarning> out = new ArrayList<>();
        for (Measure m : ledger.measures()) {
            bands.bandOf(m, today).ifPresent(b -> out.add(new DeadlineWarning(m, b, WarningBands.daysLeft(m, today))));
        }
        out.sort(Comparator.comparingLong(DeadlineWarning::daysLeft));
        return List.copyOf(out);
    }

    /** As a report prints it: "逾期12天", "剩余3天", "今日到期". */
    public String describe() {
        if (daysLeft < 0) {
            return "逾期" + (-daysLeft) + "天";
        }
        return daysLeft == 0 ? "今日到期" : "剩余" + daysLeft + "天";
    }
}
