package io.github.rectification.ledger.report.notice;

import java.time.LocalDate;

/** Dates as official documents write them: 2022年1月14日. */
public final class ChineseDates {
    private ChineseDates() {
    }

    public static String of(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
