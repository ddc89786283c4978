package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.RecordKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the ledger remembers of its records beyond their fields: each record's changes, and the
 * stable id (uid) that travels with it through exports, returns and undo. Records are named by
 * {@link RecordKind}, never by the table they are kept in.
 */
public interface HistoryRepository {

    /** The history of one record, oldest first; empty when the record does not exist. */
    List<HistoryEntry> history(RecordKind kind, long id);

    /** The history of a record by its stable id, oldest first; works for a deleted record too. */
    List<HistoryEntry> historyOfUid(RecordKind kind, String uid);

    /** Every change to an inspection, its problems, measures and linked register records, oldest first. */
    List<HistoryEntry> historyOfInspection(long inspectionId);

    /** When each record of a kind last changed, by record id, from its history (records never changed left out). */
    Map<Long, Instant> lastChanged(RecordKind kind);

    /** The stable id of a record; fails when the ledger has no such record. */
    String uidOf(RecordKind kind, long id);

    /** The record id of a stable id, when this ledger holds it. */
    Optional<Long> idOfUid(RecordKind kind, String uid);

    /** Every stable id of a kind, by record id. */
    Map<Long, String> uids(RecordKind kind);
}
