package io.github.rectification.ledger.report.stats;

import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Report settings kept in the ledger file, read as the reports use them: warning bands, the PDF font
 * file, the notice's closing part and draft, the muted quality checks. The keys are {@link LedgerSettings}'.
 */
public final class ReportSettings {
    private ReportSettings() {
    }

    public static WarningBands warningBands(LedgerStore store) {
        return new WarningBands(store.settings().get(LedgerSettings.DUE_SOON_DAYS),
                store.settings().get(LedgerSettings.UPCOMING_DAYS));
    }

    public static void setWarningBands(LedgerStore store, WarningBands bands) {
        store.unitOfWork().run(() -> {
            store.settings().put(LedgerSettings.DUE_SOON_DAYS, bands.dueSoonDays());
            store.settings().put(LedgerSettings.UPCOMING_DAYS, bands.upcomingDays());
            return null;
        });
    }

    /** The font file chosen for PDF output, if any. */
    public static Optional<Path> fontFile(LedgerStore store) {
        return Optional.of(store.settings().get(LedgerSettings.FONT_FILE)).filter(s -> !s.isBlank()).map(Path::of);
    }

    public static void setFontFile(LedgerStore store, Path file) {
        store.settings().put(LedgerSettings.FONT_FILE, file == null ? "" : file.toAbsolutePath().toString());
    }

    /** The closing part of the notice as the office last edited it, if it did. */
    public static Optional<String> noticeClosing(LedgerStore store) {
        return Optional.of(store.settings().get(LedgerSettings.NOTICE_CLOSING)).filter(s -> !s.isBlank());
    }

    public static void setNoticeClosing(LedgerStore store, String template) {
        store.settings().put(LedgerSettings.NOTICE_CLOSING, template == null ? "" : template);
    }

    /** The notice draft as the office last edited it in the window, kept until it is drafted anew. */
    public static Optional<String> noticeDraft(LedgerStore store) {
        return Optional.of(store.settings().get(LedgerSettings.NOTICE_DRAFT)).filter(s -> !s.isBlank());
    }

    /** Keeps an edited notice draft in the ledger; an empty one forgets it. */
    public static void setNoticeDraft(LedgerStore store, String text) {
        store.settings().put(LedgerSettings.NOTICE_DRAFT, text == null ? "" : text);
    }

    /** The kinds of finding the office chose not to be shown again in this ledger. */
    public static java.util.Set<Finding.Kind> mutedChecks(LedgerStore store) {
        java.util.Set<Finding.Kind> out = java.util.EnumSet.noneOf(Finding.Kind.class);
        String codes = store.settings().get(LedgerSettings.MUTED_CHECKS);
        for (Finding.Kind k : Finding.Kind.values()) {
            if (java.util.Arrays.asList(codes.split(",")).contains(k.code())) {
                out.add(k);
            }
        }
        return out;
    }

    public static void setMutedChecks(LedgerStore store, java.util.Set<Finding.Kind> kinds) {
        store.settings().put(LedgerSettings.MUTED_CHECKS,
                String.join(",", kinds.stream().map(Finding.Kind::code).sorted().toList()));
    }

    /** {@code findings} without the kinds muted in the ledger. */
    public static java.util.List<Finding> shown(LedgerStore store, java.util.List<Finding> findings) {
        java.util.Set<Finding.Kind> muted = mutedChecks(store);
        return findings.stream().filter(f -> !muted.contains(f.kind())).toList();
    }
}
