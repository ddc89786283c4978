package io.github.rectification.ledger.exchange.distribution;

import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 下发 as the command line and the window do it: the round's workbooks, and with them, when asked,
 * an e-mail draft beside each workbook addressed from the directory.
 */
public final class DistributionJob {
    /** The round written into its folder and the draft written for each workbook (none when none were asked for). */
    public record Result(Path folder, Distributor.Round round, Map<Distributor.Sent, EmlDraft.Written> drafts) {
        public Result {
            drafts = Collections.unmodifiableMap(new LinkedHashMap<>(drafts));
        }
    }

    private DistributionJob() {
    }

    /**
     * Writes the round into {@code folder}; with {@code drafts}, an .eml draft beside each workbook,
     * its reply address the request's 报送对象 or else the ledger's setting.
     */
    public static Result run(LedgerStore store, Path folder, Distributor.Request request, boolean drafts)
            throws IOException {
        Distributor.Round round = new Distributor(store).distribute(folder, request);
        Map<Distributor.Sent, EmlDraft.Written> written = new LinkedHashMap<>();
        if (drafts) {
            String to = request.returnTo() != null && !request.returnTo().isBlank() ? request.returnTo()
                    : store.settings().get(LedgerSettings.RETURN_TO);
            for (Distributor.Sent s : round.files()) {
                written.put(s, EmlDraft.distribution(s, round.due(), to));
            }
        }
        return new Result(folder, round, written);
    }
}
