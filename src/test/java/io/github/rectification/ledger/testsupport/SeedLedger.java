package io.github.rectification.ledger.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.SequenceLabels;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.store.LedgerFileException;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The seed ledger of the samples (市民政局党组, 市委第一巡察组 回头看, 2022): 1 inspection, 14 problems
 * (一)…(十四), 38 measures, 37 done and one in progress (the 市螺丝厂 restructuring). The data is in
 * {@code seed-ledger.json} next to this class; this loader writes it through {@link LedgerStore}.
 */
public final class SeedLedger {
    public static final String INSPECTION_NAME = "市委第一巡察组巡察“回头看”反馈意见整改";
    public static final int PROBLEMS = 14;
    public static final int MEASURES = 38;
    public static final int DONE = 37;
    public static final int IN_PROGRESS = 1;

    private SeedLedger() {
    }

    /** Creates (or opens) a ledger file and writes the seed ledger into it; the caller closes the store. */
    public static LedgerStore create(Path file) throws LedgerFileException {
        LedgerStore store = LedgerStore.open(file);
        writeTo(store);
        return store;
    }

    /** Writes the seed ledger into a store in one transaction; returns the new inspection. */
    public static Inspection writeTo(LedgerStore store) {
        JsonNode root = read();
        return store.unitOfWork().run(() -> {
            JsonNode i = root.get("inspection");
            Inspection inspection = store.inspections().add(new Inspection(0, text(i, "name"), text(i, "inspected_unit"),
                    text(i, "inspection_group"), date(i, "start_date"), date(i, "end_date"),
                    date(i, "feedback_date"), date(i, "report_date"), 0));
            for (JsonNode p : root.get("problems")) {
                Problem problem = store.inspections().add(new Problem(0, inspection.id(), null, text(p, "seq"),
                        text(p, "category"), text(p, "title"), "", 0));
                int n = 0;
                for (JsonNode m : p.get("measures")) {
                    store.inspections().add(MeasureBuilder.under(problem.id()).seq(SequenceLabels.measure(++n))
                            .text(text(m, "text")).leader(text(m, "leader")).department(text(m, "department"))
                            .person(text(m, "person")).deadline(deadline(text(m, "deadline")))
                            .status(Status.fromCode(text(m, "status"))).completedOn(date(m, "completed_on"))
                            .progress(text(m, "progress")).remarks(text(m, "remarks")).build());
                }
            }
            return inspection;
        });
    }

    private static Deadline deadline(String s) {
        if (s.equals("长期坚持")) {
            return Deadline.longTerm();
        }
        return Deadline.on(LocalDate.parse(s));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static LocalDate date(JsonNode node, String field) {
        String s = text(node, field);
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static JsonNode read() {
        try (InputStream in = SeedLedger.class.getResourceAsStream("seed-ledger.json")) {
            if (in == null) {
                throw new IllegalStateException("seed-ledger.json missing from the test resources");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
