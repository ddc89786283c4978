package io.github.rectification.ledger.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One file of 佐证材料 attached to a measure or a problem: its name as attached, its content by
 * SHA-256 (the same content attached twice is stored once), who attached it and when.
 */
public record Evidence(long id, String uid, EvidenceOwner owner, String name, String sha256, long size,
        Instant addedAt, String addedBy) implements LedgerRecord {

    public Evidence {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(addedAt, "addedAt");
        addedBy = addedBy == null ? "" : addedBy;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.EVIDENCE;
    }
}
