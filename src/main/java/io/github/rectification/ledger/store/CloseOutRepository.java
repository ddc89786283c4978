package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.CloseOut;
import io.github.rectification.ledger.domain.CloseOutRefusedException;
import java.util.Map;

/**
 * The close-out (销号) of the ledger's measures, by measure uid. Each step keeps the rules of
 * {@link io.github.rectification.ledger.domain.CloseOutRules} and is one transaction with its history.
 */
public interface CloseOutRepository {
    /** The close-out of a measure; {@link CloseOut#NONE} when never requested. */
    CloseOut of(String measureUid);

    /** Every close-out that was ever requested, by measure uid. */
    Map<String, CloseOut> all();

    CloseOut request(String measureUid, String note) throws CloseOutRefusedException;

    CloseOut approve(String measureUid, String opinion, String override) throws CloseOutRefusedException;

    /** Sends the request back; the measure is again 正在推进. */
    CloseOut reject(String measureUid, String reason) throws CloseOutRefusedException;
}
