package io.github.rectification.ledger.report.stats;

import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.Optional;

/** Report settings kept in the ledger file: warning bands, the PDF font file, the notice's closing part. */
public final class ReportSettings {
    public static final String DUE_SOON_DAYS = "warning.due_soon_days";
    public static final String UPCOMING_DAYS = "warning.upcoming_days";
    public static final String FONT_FILE = "report.font_file";
    public static final String NOTICE_CLOSING = "notice.closing";
    public static final String NOTICE_DRAFT = "notice.draft";
    public static final String MUTED_CHECKS = "checks.muted";
    public static final String NOTICE_PHONE = "notice.phone";
    public static final String NOTICE_FAX = "notice.fax";
    public static final String NOTICE_EMAIL = "notice.email";

    private ReportSettings() {
    }

    public static WarningBands warningBands(LedgerStore store) {
        int soon = store.setting(DUE_SOON_DAYS).map(Integer::parseInt).orElse(WarningBands.DEFAULT.dueSoonDays());
        int upcoming = store.setting(UPCOMING_DAYS).map(Integer::parseInt)
                .orElse(WarningBands.DEFAULT.upcomingDays());
        return new WarningBands(soon, upcoming);
    }

    public static void setWarningBands(LedgerStore store, WarningBands bands) {
        store.inTransaction(() -> {
            store.putSetting(DUE_SOON_DAYS, Integer.toString(bands.dueSoonDays()));
            store.putSetting(UPCOMING_DAYS, Integer.toString(bands.upcomingDays()));
            return null;
        });
    }

    /** The font file chosen for PDF output, if any. */
    public static Optional<Path> fontFile(LedgerStore store) {
        return store.setting(FONT_FILE).filter(s -> !s.isBlank()).map(Path::of);
    }

    public static void setFontFile(LedgerStore store, Path file) {
        store.putSetting(FONT_FILE, file == null ? "" : file.toAbsolutePath().toString());
    }

    /** The closing part of the notice as the office last edited it, if it did. */
    public static Optional<String> noticeClosing(LedgerStore store) {
        return store.setting(NOTICE_CLOSING).filter(s -> !s.isBlank());
    }

    public static void setNoticeClosing(LedgerStore store, String template) {
        store.putSetting(NOTICE_CLOSING, template == null ? "" : template);
    }

    /** The notice draft as the office last edited it in the window, kept until it is drafted anew. */
    public static Optional<String> noticeDraft(LedgerStore store) {
        return store.setting(NOTICE_DRAFT).filter(s -> !s.isBlank());
    }

    /** Keeps an edited notice draft in the ledger; an empty one forgets it. */
    public static void setNoticeDraft(LedgerStore store, String text) {
        store.putSetting(NOTICE_DRAFT, text == null ? "" : text);
    }

    /** The kinds of finding the office chose not to be shown again in this ledger. */
    public static java.util.Set<Finding.Kind> mutedChecks(LedgerStore store) {
        java.util.Set<Finding.Kind> out = java.util.EnumSet.noneOf(Finding.Kind.class);
        String codes = store.setting(MUTED_CHECKS).orElse("");
        for (Finding.Kind k : Finding.Kind.values()) {
            if (java.util.Arrays.asList(codes.split(",")).contains(k.code())) {
                out.add(k);
            }
        }
        return out;
    }

    public static void setMutedChecks(LedgerStore store, java.util.Set<Finding.Kind> kinds) {
        store.putSetting(MUTED_CHECKS, String.join(",", kinds.stream().map(Finding.Kind::code).sorted().toList()));
    }

    /** {@code findings} without the kinds muted in the ledger. */
    public static java.util.List<Finding> shown(LedgerStore store, java.util.List<Finding> findings) {
        java.util.Set<Finding.Kind> muted = mutedChecks(store);
        return findings.stream().filter(f -> !muted.contains(f.kind())).toList();
    }
}
