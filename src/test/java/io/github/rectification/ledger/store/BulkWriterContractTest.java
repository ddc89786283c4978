package io.github.rectification.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inside a bulk transaction the store writes only after the bulk writer has flushed what it added. */
class BulkWriterContractTest {
    @TempDir
    Path dir;

    @Test
    void aStoreWriteWhileAddedRowsWaitFailsLoudlyAndRollsTheBulkBack() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            Problem kept = store.inspections().add(Problem.draft(i.id(), "已有问题"));
            assertThatThrownBy(() -> store.unitOfWork().bulk(w -> {
                Problem p = w.add(Problem.draft(i.id(), "新问题"));
                w.add(Measure.draft(p.id(), "新措施"));
                store.inspections().removeProblem(kept.id());
                return null;
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("BulkWriter.flush()");
            assertThat(store.inspections().problemsInOrder(i.id())).extracting(Problem::title).containsExactly("已有问题");
        }
    }

    @Test
    void afterFlushAStoreWriteJoinsTheBulkTransaction() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            Problem gone = store.inspections().add(Problem.draft(i.id(), "将删除"));
            AccountabilityRecord a = store.registers().add(new AccountabilityRecord(0, "张三", "科长", "诫勉谈话", null, null));
            assertThatThrownBy(() -> store.unitOfWork().bulk(w -> {
                Problem p = w.add(Problem.draft(i.id(), "新问题"));
                w.add(Measure.draft(p.id(), "新措施"));
                w.flush();
                store.inspections().removeProblem(gone.id());
                store.registers().update(new AccountabilityRecord(a.id(), "张三", "副科长", "诫勉谈话", p.id(), null));
                throw new IllegalArgumentException("the work fails after the store's writes");
            })).isInstanceOf(IllegalArgumentException.class);
            // rolled back with the bulk: the store's writes were part of it
            assertThat(store.inspections().problemsInOrder(i.id())).extracting(Problem::title).containsExactly("将删除");
            assertThat(store.registers().accountability()).extracting(AccountabilityRecord::position).containsExactly("科长");

            store.unitOfWork().bulk(w -> {
                Problem p = w.add(Problem.draft(i.id(), "新问题"));
                w.flush();
                store.inspections().removeProblem(gone.id());
                return null;
            });
            assertThat(store.inspections().problemsInOrder(i.id())).extracting(Problem::title).containsExactly("新问题");
        }
    }

    @Test
    void outsideABulkTheStoreWritesAsEver() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("l.zgtz"))) {
            Inspection i = store.inspections().add(Inspection.draft("巡察"));
            store.unitOfWork().bulk(w -> w.add(Problem.draft(i.id(), "新问题")));
            store.inspections().add(Problem.draft(i.id(), "再一个"));
            assertThat(store.inspections().problemsInOrder(i.id())).hasSize(2);
        }
    }
}
