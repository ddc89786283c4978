package io.github.rectification.ledger.exchange.importer;

import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.store.Batch;
import io.github.rectification.ledger.store.Conflict;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the ledger knows of the batch a returned workbook was sent as: the measures as sent, the
 * rows earlier returns added, and the conflicts already found (open or decided).
 */
final class ReturnBase {
    final Batch batch;
    final Map<String, Measure> base;
    final Map<String, Problem> problemBase;
    final Map<String, String> addedRows;
    final Map<String, Conflict> known = new HashMap<>();
    /** Whether the batch held only its recipient's part: records outside its base were not sent. */
    final boolean partial;

    private ReturnBase(Batch batch, LedgerStore store) {
        this.batch = batch;
        this.base = store.distributions().base(batch.id());
        this.addedRows = store.distributions().addedRows(batch.id());
        this.problemBase = store.distributions().problemBase(batch.id());
        this.partial = store.distributions().partial(batch.id());
        for (Conflict c : store.distributions().conflictsOf(batch.id())) {
            known.put(key(c.measureUid(), c.field(), c.workbook()), c);
        }
    }

    /** The base of the workbook's batch, when the ledger still has it. */
    static Optional<ReturnBase> of(String batchUid, LedgerStore store) {
        if (batchUid == null) {
            return Optional.empty();
        }
        return store.distributions().batch(batchUid).map(b -> new ReturnBase(b, store));
    }

    String department() {
        return batch.department();
    }

    /**
     * A conflict is known by its measure, field and the workbook's value: once decided, the same
     * value of a return of this batch does not raise it again, whatever the ledger holds by then.
     */
    static String key(String measureUid, String field, String workbook) {
        return measureUid + '\u0001' + field + '\u0001' + workbook;
    }
}
