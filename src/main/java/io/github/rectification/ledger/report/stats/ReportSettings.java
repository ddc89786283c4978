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
}
