package io.github.rectification.ledger.exchange.export;

import java.nio.file.Path;

/** What an export wrote; {@code batch} is the stable id of the batch it recorded (null for a read-only ledger). */
public record ExportSummary(Path file, int inspections, int problems, long measures, int accountability,
        int institutions, String batch) {
}
