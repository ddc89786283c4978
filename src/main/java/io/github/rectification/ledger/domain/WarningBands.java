package io.github.rectification.ledger.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where the deadline bands start: a measure not yet done whose deadline date lies within
 * {@code dueSoonDays} days is yellow, within {@code upcomingDays} days blue, past it red.
 */
public record WarningBands(int dueSoonDays, int upcomingDays) {
    public static final WarningBands DEFAULT = new WarningBands(10, 20);

    public WarningBands {
        if (dueSoonDays < 0 || upcomingDays < dueSoonDays) {
            throw new IllegalArgumentException("预警天数须满足 0 ≤ 黄色(" + dueSoonDays + ") ≤ 蓝色(" + upcomingDays + ")");
        }
    }

    /** The band of a measure, empty when it is done, long-term, has no date or lies further ahead. */
    public Optional<WarningBand> bandOf(Measure m, LocalDate today) {
        if (!m.unfinished() || !m.deadline().hasDate()) {
            return Optional.empty();
        }
        long left = daysLeft(m, today);
        if (left < 0) {
            return Optional.of(WarningBand.OVERDUE);
        }
        if (left <= dueSoonDays) {
            return Optional.of(WarningBand.DUE_SOON);
        }
        if (left <= upcomingDays) {
            return Optional.of(WarningBand.UPCOMING);
        }
        return Optional.empty();
    }

    /** Days from {@code today} to the deadline date: negative when overdue. */
    public static long daysLeft(Measure m, LocalDate today) {
        return ChronoUnit.DAYS.between(today, m.deadline().date());
    }
}
