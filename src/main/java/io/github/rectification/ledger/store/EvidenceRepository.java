package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.domain.EvidenceOwner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The evidence (佐证材料) of a ledger: files attached to measures and problems, kept inside the
 * ledger by content. Every write is one transaction with its history rows.
 */
public interface EvidenceRepository {
    /**
     * Attaches files to a record, in one transaction: all of them or, when one cannot be read or is
     * larger than the limit, none. Content already held is not stored again.
     *
     * @throws EvidenceRefusedException when a file is missing, is a folder, is too large, or when
     *         the owner is not in the ledger
     */
    List<Evidence> attach(EvidenceOwner owner, List<Path> files) throws EvidenceRefusedException;

    /** The attachments of one record, in the order they were added. */
    List<Evidence> of(EvidenceOwner owner);

    /** Every attachment whose owner is in the ledger, in the order they were added. */
    List<Evidence> all();

    Optional<Evidence> byUid(String uid);

    /**
     * Writes the content of an attachment to {@code out}, chunk by chunk.
     *
     * @throws IOException when writing fails, or when the content read is not the one attached (a
     *         damaged file): its SHA-256 is checked as it streams
     */
    void copyContent(Evidence e, OutputStream out) throws IOException;

    /** Removes an attachment (its content stays, for an undo); returns what {@link #restore} needs. */
    Evidence remove(String uid);

    /** Puts a removed attachment back with its stable id. */
    void restore(Evidence e);

    /** The largest file that may be attached, from the ledger setting {@code evidence.max_bytes}. */
    long limit();

    void setLimit(long bytes);
}
