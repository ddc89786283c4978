package io.github.rectification.ledger.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What files dropped onto the window ask for: one Excel workbook is a ledger to import (its
 * preview), a folder or several workbooks are returns to take in together (导入报送). Anything else,
 * or a mix, is not taken, so the window refuses the drop before the mouse is let go.
 */
sealed interface DroppedFiles {
    /** A single workbook: File › Import. */
    record Workbook(Path file) implements DroppedFiles {
    }

    /** A folder of returns: File › 导入报送 on it. */
    record ReturnsFolder(Path folder) implements DroppedFiles {
    }

    /** Several workbooks: the returns' window over them. */
    record Returns(List<Path> files) implements DroppedFiles {
    }

    static Optional<DroppedFiles> of(List<Path> dropped) {
        if (dropped.isEmpty()) {
            return Optional.empty();
        }
        if (dropped.size() == 1) {
            Path only = dropped.get(0);
            if (Files.isDirectory(only)) {
                return Optional.of(new ReturnsFolder(only));
            }
            return isExcel(only) ? Optional.of(new Workbook(only)) : Optional.empty();
        }
        return dropped.stream().allMatch(p -> !Files.isDirectory(p) && isExcel(p))
                ? Optional.of(new Returns(List.copyOf(dropped))) : Optional.empty();
    }

    static boolean isExcel(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm");
    }
}
