package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.RegisterRecord;
import java.util.List;

/**
 * The registers of the ledger: persons held to account (问责) and rules made (建章立制). Both are
 * written alike, so the writes take either; each write is one transaction with its history rows.
 */
public interface RegisterRepository {

    /** The accountability register, in the order the records were added. */
    List<AccountabilityRecord> accountability();

    /** The institutions register, in the order the records were added. */
    List<InstitutionRecord> institutions();

    /** Adds a record (its id 0) and returns it with the id it got. */
    <T extends RegisterRecord> T add(T record);

    /** Replaces the fields of a record of the same id. */
    void update(RegisterRecord record);

    /** Deletes a record; nothing when it is gone already. */
    void delete(RegisterRecord record);

    /** Puts back a deleted record with its id and stable id (undo of a delete). */
    void restore(RegisterRecord record, String uid);
}
