package io.github.rectification.ledger.store;

import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Run in a second JVM by {@link SearchCrashTest}: fills and searches a ledger (so that its search
 * index is built and followed), commits a change, then dies without closing anything in the middle
 * of a write transaction — an ordinary one ({@code run}) or a bulk one ({@code bulk}).
 */
public final class SearchCrashWriter {
    private SearchCrashWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        LedgerStore store;
        try {
            store = LedgerStore.open(file);
        } catch (LedgerFileException e) {
            throw new IllegalStateException(e);
        }
        LedgerStore reader;
        try {
            reader = LedgerStore.openReadOnly(file);
        } catch (LedgerFileException e) {
            throw new IllegalStateException(e);
        }
        SearchPropertyTest.fill(store, new Random(7), 5, 6);
        reader.inspections().find(MeasureFilter.text("养", LocalDate.now()));
        Inspection i = store.inspections().all().get(0);
        Problem p = store.inspections().add(Problem.draft(i.id(), "已提交的问题"));
        store.inspections().add(Measure.draft(p.id(), "已提交的措施"));
        reader.inspections().find(MeasureFilter.text("已提交", LocalDate.now()));
        if ("bulk".equals(args[1])) {
            store.unitOfWork().bulk(w -> {
                Problem q = w.add(Problem.draft(i.id(), "未提交的问题"));
                for (int k = 0; k < 2000; k++) {
                    w.add(Measure.draft(q.id(), "未提交的措施" + k));
                }
                w.flush();
                store.inspections().update(Measure.draft(p.id(), "x").withId(
                        store.inspections().measures(p.id()).get(0).id()));
                System.out.println("dying");
                System.out.flush();
                Runtime.getRuntime().halt(9);
                return null;
            });
        } else {
            store.unitOfWork().run(() -> {
                store.inspections().removeInspection(i.id());
                Problem q = store.inspections().add(Problem.draft(store.inspections().add(Inspection.draft("新巡察")).id(),
                        "未提交的问题"));
                store.inspections().add(Measure.draft(q.id(), "未提交的措施"));
                reader.inspections().find(MeasureFilter.text("未提交", LocalDate.now()));
                store.inspections().find(MeasureFilter.text("未提交", LocalDate.now()));
                System.out.println("dying");
                System.out.flush();
                Runtime.getRuntime().halt(9);
                return null;
            });
        }
    }
}
