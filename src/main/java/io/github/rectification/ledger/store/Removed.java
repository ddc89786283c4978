package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.LedgerRecord;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKey;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a delete took away, with the records' stable ids, so that undo can put it all back as it was:
 * the inspection (if one was deleted), problems (parents before children), measures, and the
 * register records whose links to them were cleared. The stable ids are keyed by kind and id, as ids
 * are numbered per kind.
 */
public record Removed(
        Inspection inspection,
        List<Problem> problems,
        List<Measure> measures,
        Map<RecordKey, String> uids,
        List<AccountabilityRecord> relinkedAccountability,
        List<InstitutionRecord> relinkedInstitutions) {

    public Removed {
        problems = List.copyOf(problems);
        measures = List.copyOf(measures);
        // a hash map: the immutable Map.copyOf probes long runs for the consecutive ids of a large delete
        uids = Collections.unmodifiableMap(new HashMap<>(uids));
        relinkedAccountability = List.copyOf(relinkedAccountability);
        relinkedInstitutions = List.copyOf(relinkedInstitutions);
    }

    /** The stable id {@code record} had when it was taken away. */
    String uidOf(LedgerRecord record) {
        return uids.get(RecordKey.of(record));
    }
}
