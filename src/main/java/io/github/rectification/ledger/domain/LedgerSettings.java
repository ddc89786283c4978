package io.github.rectification.ledger.domain;

import java.util.List;

/**
 * Every setting a ledger file keeps, each once with its key and default: the only place a setting's
 * key is spelt (an architecture rule holds it). What a setting means is told where it is used.
 */
public final class LedgerSettings {
    /** The ledger's own stable id, written when the file is created; exports and returns carry it. */
    public static final Setting<String> LEDGER_UID = text("ledger.uid");

    /** What the counting rule counts: measures or problems. */
    public static final Setting<CountingRule.Basis> COUNTING_BASIS = new Setting<>("counting.basis",
            CountingRule.DEFAULT.basis(), CountingRule.Basis::fromCode, CountingRule.Basis::code);
    /** Whether a long-term measure counts as done. */
    public static final Setting<Boolean> COUNTING_LONG_TERM_DONE = flag("counting.long_term_done",
            CountingRule.DEFAULT.longTermCountsAsDone());
    /** When a measure counts as done: by its status, or once struck off (销号). */
    public static final Setting<CountingRule.DoneWhen> COUNTING_DONE_WHEN = new Setting<>("counting.done_when",
            CountingRule.DEFAULT.doneWhen(), CountingRule.DoneWhen::fromCode, CountingRule.DoneWhen::code);

    /** Days before a deadline from which a measure shows yellow. */
    public static final Setting<Integer> DUE_SOON_DAYS = number("warning.due_soon_days",
            WarningBands.DEFAULT.dueSoonDays());
    /** Days before a deadline from which a measure shows blue. */
    public static final Setting<Integer> UPCOMING_DAYS = number("warning.upcoming_days",
            WarningBands.DEFAULT.upcomingDays());

    /** The font file chosen for PDF output (an absolute path), empty for none. */
    public static final Setting<String> FONT_FILE = text("report.font_file");
    /** The closing part of the notice as the office last edited it, empty for the built-in one. */
    public static final Setting<String> NOTICE_CLOSING = text("notice.closing");
    /** The notice draft as last edited in the window, empty when none is kept. */
    public static final Setting<String> NOTICE_DRAFT = text("notice.draft");
    /** The notice's contact telephone. */
    public static final Setting<String> NOTICE_PHONE = text("notice.phone");
    /** The notice's contact fax. */
    public static final Setting<String> NOTICE_FAX = text("notice.fax");
    /** The notice's contact e-mail. */
    public static final Setting<String> NOTICE_EMAIL = text("notice.email");
    /** The codes of the quality checks the office chose not to see again, comma-separated. */
    public static final Setting<String> MUTED_CHECKS = text("checks.muted");
    /** Days without a change after which the quality check calls an unfinished measure stale. */
    public static final Setting<Integer> STALE_DAYS = number("quality.stale_days", 30);

    /** True when a measure imported as 已完成 without a completion date gets the import's day. */
    public static final Setting<Boolean> COMPLETED_ON_FROM_IMPORT_DATE = flag("import.completed_on_from_import_date",
            false);

    /** The password of the workbooks sent out to departments, empty for none. */
    public static final Setting<String> DISTRIBUTION_PASSWORD = text("distribution.password");
    /** Whom departments return their parts to, as printed on what is sent out. */
    public static final Setting<String> RETURN_TO = text("distribution.return_to");
    /** The office's template of a reminder (催报), empty for the built-in one. */
    public static final Setting<String> REMINDER_TEMPLATE = text("returns.reminder_template");

    /**
     * How many backups the ledger keeps (at least one); a text that is no number reads as the
     * default, so a mistyped value never stops a backup.
     */
    public static final Setting<Integer> BACKUPS_KEEP = new Setting<>("backups.keep", 20, v -> {
        try {
            return Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return 20;
        }
    }, String::valueOf);

    /** The largest file accepted as evidence, in bytes. */
    public static final Setting<Long> EVIDENCE_MAX_BYTES = new Setting<>("evidence.max_bytes", 50L * 1024 * 1024,
            Long::parseLong, String::valueOf);

    /** Every setting above, in the order written. */
    public static final List<Setting<?>> ALL = List.of(LEDGER_UID, COUNTING_BASIS, COUNTING_LONG_TERM_DONE,
            COUNTING_DONE_WHEN, DUE_SOON_DAYS, UPCOMING_DAYS, FONT_FILE, NOTICE_CLOSING, NOTICE_DRAFT, NOTICE_PHONE,
            NOTICE_FAX, NOTICE_EMAIL, MUTED_CHECKS, STALE_DAYS, COMPLETED_ON_FROM_IMPORT_DATE, DISTRIBUTION_PASSWORD,
            RETURN_TO, REMINDER_TEMPLATE, BACKUPS_KEEP, EVIDENCE_MAX_BYTES);

    private LedgerSettings() {
    }

    private static Setting<String> text(String key) {
        return new Setting<>(key, "", v -> v, v -> v == null ? "" : v);
    }

    private static Setting<Integer> number(String key, int defaultValue) {
        return new Setting<>(key, defaultValue, Integer::parseInt, String::valueOf);
    }

    private static Setting<Boolean> flag(String key, boolean defaultValue) {
        return new Setting<>(key, defaultValue, Boolean::parseBoolean, String::valueOf);
    }
}
