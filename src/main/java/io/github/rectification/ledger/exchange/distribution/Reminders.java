package io.github.rectification.ledger.exchange.distribution;

import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Reminder;
import io.github.rectification.ledger.exchange.export.PlainFileName;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.store.SentPart;
import java.time.LocalDate;

/**
 * The reminders (催报) of a round: the facts of each part not returned, read from the returns
 * register, and the office's template kept in the ledger's settings.
 */
public final class Reminders {
    /** How the file name of a reminder begins. */
    private static final String PREFIX = "催报-";

    private Reminders() {
    }

    /** The office's template, or the default one. */
    public static String template(LedgerStore store) {
        return java.util.Optional.of(store.settings().get(LedgerSettings.REMINDER_TEMPLATE))
                .filter(t -> !t.isBlank()).orElse(Reminder.DEFAULT_TEMPLATE);
    }

    /**
     * The reminder of one part of a round, as of {@code asOf}; the part is to be returned to whom the
     * ledger's settings say now (the office's own address, which a later round may have corrected).
     */
    public static Reminder of(LedgerStore store, ReturnsRegister.Round round, ReturnsRegister.Line line, LocalDate asOf) {
        SentPart p = line.part();
        return new Reminder(p.recipient(), LocalDate.parse(p.batch().at().substring(0, 10)), p.batch().fileName(),
                p.measures(), round.due(), asOf, store.settings().get(LedgerSettings.RETURN_TO));
    }

    /**
     * The file name of a part's reminder with {@code extension} (".eml", ".docx"): named after the
     * workbook sent and its batch, so that the reminders of two rounds are two files.
     */
    public static String fileName(ReturnsRegister.Line line, String extension) {
        String sent = line.part().batch().fileName();
        int dot = sent.lastIndexOf('.');
        String stem = dot > 0 ? sent.substring(0, dot) : sent;
        return PlainFileName.of(PREFIX + stem + "-批次" + line.part().batch().id(), PREFIX + line.recipient())
                + extension;
    }
}
