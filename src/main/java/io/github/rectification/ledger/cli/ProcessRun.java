package io.github.rectification.ledger.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command as a whole process under GNU time ({@code /usr/bin/time}) and reports its wall
 * time and peak resident memory (the largest of the process and its children).
 */
final class ProcessRun {
    static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** What one run took. */
    record Result(double wallSeconds, long peakKiB, int exitCode, String output) {
        double peakMiB() {
            return peakKiB / 1024.0;
        }
    }

    private ProcessRun() {
    }

    static boolean available() {
        return Files.isExecutable(GNU_TIME);
    }

    static Result run(List<String> command, Path workDir) throws IOException, InterruptedException {
        Path timing = Files.createTempFile("bench-time-", ".txt");
        Path log = Files.createTempFile("bench-out-", ".txt");
        try {
            List<String> cmd = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%e %M", "-o", timing.toString()));
            cmd.addAll(command);
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int code = p.waitFor();
            String[] t = Files.readString(timing, StandardCharsets.UTF_8).strip().split("\\s+");
            String last = t.length >= 2 ? t[t.length - 2] + " " + t[t.length - 1] : "";
            String[] parts = last.split(" ");
            double wall = parts.length == 2 ? Double.parseDouble(parts[0]) : Double.NaN;
            long rss = parts.length == 2 ? Long.parseLong(parts[1]) : -1;
            return new Result(wall, rss, code, Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(timing);
            Files.deleteIfExists(log);
        }
    }
}
