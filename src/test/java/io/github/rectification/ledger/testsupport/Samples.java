package io.github.rectification.ledger.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.DeadlineKind;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample workbooks of {@code samples.dir} with their {@code .expected.json}: one case per file
 * (the {@code also_as} twins included), and the checks of a ledger against the expectations.
 */
public final class Samples {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One workbook and what an importer must find in it. */
    public record Case(Path file, JsonNode expected) {
        public String expect() {
            return expected.path("expect").asText("import");
        }

        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    private Samples() {
    }

    public static Path dir() {
        String d = System.getProperty("samples.dir");
        assertThat(d).as("system property samples.dir").isNotNull();
        Path p = Path.of(d);
        assertThat(p).isDirectory();
        return p;
    }

    public static Stream<Case> cases() {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir())) {
            for (Path json : files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted().toList()) {
                JsonNode e = JSON.readTree(json.toFile());
                out.add(new Case(dir().resolve(e.get("file").asText()), e));
                for (JsonNode twin : e.path("also_as")) {
                    out.add(new Case(dir().resolve(twin.asText()), e));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out).as("sample workbooks").isNotEmpty();
        return out.stream();
    }

    /**
     * Checks a ledger holding exactly the import of one sample: figures, status counts, and each
     * sample measure (problem, measure text, department, deadline, status), found in its sheet's
     * inspection when the sample names one ({@code sheetOfInspection} gives each inspection's sheet).
     */
    public static void check(Case c, Ledger ledger, Map<Long, String> sheetOfInspection) {
        JsonNode e = c.expected();
        assertThat(ledger.inspections()).as("inspections of " + c).hasSize(e.get("inspections").asInt());
        Map<Long, List<Measure>> byProblem = ledger.measuresByProblem();
        long problemsWithMeasures = ledger.problems().stream().filter(p -> byProblem.containsKey(p.id())).count();
        assertThat(problemsWithMeasures).as("problems of " + c).isEqualTo(e.get("problems").asInt());
        assertThat(ledger.problems()).hasSize(e.get("problems").asInt());
        assertThat(ledger.measures()).as("measures of " + c).hasSize(e.get("measures").asInt());
        int ambiguous = e.path("status_ambiguous").asInt(0);
        for (Status s : Status.values()) {
            long n = ledger.measures().stream().filter(m -> m.status() == s).count();
            int want = e.get("status").get(s.code()).asInt();
            assertThat(n).as(s.code() + " of " + c).isBetween((long) want, (long) want + ambiguous);
        }
        Map<Long, Problem> problems = new HashMap<>();
        ledger.problems().forEach(p -> problems.put(p.id(), p));
        for (JsonNode s : e.get("samples")) {
            String sheet = s.path("sheet").asText(null);
            List<Measure> hits = ledger.measures().stream().filter(m -> {
                Problem p = problems.get(m.problemId());
                return p.title().contains(s.get("problem_contains").asText())
                        && m.text().contains(s.get("measure_contains").asText())
                        && (sheet == null || sheet.equals(sheetOfInspection.get(p.inspectionId())));
            }).toList();
            assertThat(hits).as("sample " + s + " in " + c).hasSize(1);
            Measure m = hits.get(0);
            assertThat(m.department()).as("department of " + s).isEqualTo(s.get("department").asText());
            assertThat(m.status().code()).as("status of " + s).isEqualTo(s.get("status").asText());
            JsonNode d = s.get("deadline");
            if (d.isNull()) {
                assertThat(m.deadline().kind()).as("deadline of " + s).isIn(DeadlineKind.LONG_TERM, DeadlineKind.NONE);
            } else if (d.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                assertThat(m.deadline().date()).as("deadline of " + s).isEqualTo(LocalDate.parse(d.asText()));
            } else {
                assertThat(m.deadline().display()).as("deadline of " + s).isEqualTo(d.asText());
            }
        }
    }

    /** Each inspection's sheet, pairing the ledger's inspections in order with the sheets' names in order. */
    public static Map<Long, String> sheetsInOrder(Ledger ledger, List<String> sheets) {
        Map<Long, String> out = new HashMap<>();
        List<Inspection> list = ledger.inspections();
        for (int i = 0; i < list.size() && i < sheets.size(); i++) {
            out.put(list.get(i).id(), sheets.get(i));
        }
        return out;
    }
}
