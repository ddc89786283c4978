package io.github.rectification.ledger.exchange.export;

import java.nio.file.Path;

/** What an export wrote. */
public record ExportSummary(Path file, int inspections, int problems, long measures, int accountability,
        int institutions) {
}
