package io.github.rectification.ledger.bench;

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
    record Result(double wallSeconds, double cpuSeconds, long peakKiB, int exitCode, String output) {
        double peakMiB() {
            return peakKiB / 1024.0;
        }
    }

    private ProcessRun() {
    }

    /** Reads GNU time's last line "wall maxRSS user sys" (earlier lines may say the command failed). */
    static Result parse(String timeOutput, int exitCode, String output) {
        String[] lines = timeOutput.strip().split("\n");
        String[] f = lines[lines.length - 1].strip().split("\\s+");
        if (f.length != 4) {
            return new Result(Double.NaN, Double.NaN, -1, exitCode, output + "\n" + timeOutput);
        }
        return new Result(Double.parseDouble(f[0]), Double.parseDouble(f[2]) + Double.parseDouble(f[3]),
                Long.parseLong(f[1]), exitCode, output);
    }

    static boolean available() {
        return Files.isExecutable(GNU_TIME);
    }

    static Result run(List<String> command, Path workDir) throws IOException, InterruptedException {
        Path timing = Files.createTempFile("bench-time-", ".txt");
        Path log = Files.createTempFile("bench-out-", ".txt");
        try {
            List<String> cmd = new ArrayList<>(List.of(GNU_TIME.toString(), "-f", "%e %M %U %S", "-o", timing.toString()));
            cmd.addAll(command);
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int code = p.waitFor();
            return parse(Files.readString(timing, StandardCharsets.UTF_8), code,
                    Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(timing);
            Files.deleteIfExists(log);
        }
    }

    /** Like {@link #run}, refused with the command and the end of its output when it exits with another code than 0. */
    static Result succeeded(List<String> command, Path workDir) throws IOException, InterruptedException {
        Result r = run(command, workDir);
        if (r.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " 退出码 " + r.exitCode() + ":\n"
                    + tail(r.output()));
        }
        return r;
    }

    /** The last 2,000 characters of a process's output. */
    static String tail(String s) {
        return s.length() <= 2000 ? s : s.substring(s.length() - 2000);
    }
}
