package io.github.rectification.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice where the machine has it: turns the files the application writes into PDF as a user's
 * office suite prints them, with a profile of its own so that it never meets a running instance.
 */
final class OfficeSuite {
    /** Set to {@code required} (as CI does) to fail, not skip, where LibreOffice is missing. */
    static final String REQUIRED = "LEDGER_RENDER_CHECK";

    private final Path program;

    private OfficeSuite(Path program) {
        this.program = program;
    }

    static Optional<OfficeSuite> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : new String[] {"soffice", "libreoffice"}) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(new OfficeSuite(p));
                }
            }
        }
        return Optional.empty();
    }

    static boolean required() {
        return "required".equalsIgnoreCase(System.getenv(REQUIRED));
    }

    /** Converts {@code files} to PDF in {@code outDir}; returns the PDFs in the order of the files. */
    List<Path> toPdf(Path outDir, Path profile, Path... files) throws Exception {
        List<String> command = new ArrayList<>(List.of(program.toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", outDir.toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        Path log = outDir.resolve("soffice.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting within 5 minutes: " + Files.readString(log));
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        List<Path> pdfs = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path pdf = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            assertThat(pdf).as("LibreOffice rendered " + name + ": " + Files.readString(log)).isNotEmptyFile();
            pdfs.add(pdf);
        }
        return pdfs;
    }
}
