package io.github.rectification.ledger.ui.registers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.AccountabilityRecord;
import io.github.rectification.ledger.domain.InstitutionKind;
import io.github.rectification.ledger.domain.InstitutionRecord;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.TestDialogs;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterViewModelTest {
    @TempDir
    Path dir;
    LedgerSession session = new LedgerSession();
    TestDialogs dialogs = new TestDialogs();
    AccountabilityFields accountabilityForm = new AccountabilityFields();
    InstitutionFields institutionForm = new InstitutionFields();
    RegisterViewModel<AccountabilityRecord> accountability;
    RegisterViewModel<InstitutionRecord> institutions;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        accountability = new RegisterViewModel<>(session, new CurrentThreadTaskExecutor(), dialogs, accountabilityForm);
        institutions = new RegisterViewModel<>(session, new CurrentThreadTaskExecutor(), dialogs, institutionForm);
        session.open(file);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void addEditAndDeleteAnAccountabilityRecord() {
        assertThat(accountability.problems()).hasSize(1 + SeedLedger.PROBLEMS);
        accountability.add();
        assertThat(session.store().registers().accountability()).hasSize(1);
        accountabilityForm.personProperty().set("张某某");
        accountabilityForm.positionProperty().set("财务处副处长");
        accountabilityForm.kindProperty().set("提醒谈话");
        accountabilityForm.dateProperty().set(LocalDate.of(2022, 4, 2));
        accountabilityForm.problemProperty().set(accountability.problems().get(9));
        assertThat(accountability.apply()).isTrue();

        AccountabilityRecord stored = session.store().registers().accountability().get(0);
        assertThat(stored.person()).isEqualTo("张某某");
        assertThat(stored.kind()).isEqualTo("提醒谈话");
        assertThat(stored.problemId()).isEqualTo(accountability.problems().get(9).id());
        assertThat(accountability.rows()).containsExactly(stored);
        assertThat(accountability.problemLabel(stored.problemId())).startsWith("(九) 财经纪律执行不严格");

        accountabilityForm.personProperty().set("");
        assertThat(accountability.validProperty().get()).isFalse();
        assertThat(accountability.apply()).isFalse();
        accountability.cancel();
        assertThat(accountabilityForm.personProperty().get()).isEqualTo("张某某");

        dialogs.confirm = false;
        accountability.delete();
        assertThat(session.store().registers().accountability()).hasSize(1);
        dialogs.confirm = true;
        accountability.delete();
        assertThat(session.store().registers().accountability()).isEmpty();
        assertThat(accountability.rows()).isEmpty();
    }

    @Test
    void addsEditsAndDeletesAreUndoneAndRedoneWithTheSameStableIds() {
        accountability.add();
        AccountabilityRecord added = session.store().registers().accountability().get(0);
        String uid = session.store().history().uidOf(RecordKind.ACCOUNTABILITY, added.id());
        accountabilityForm.personProperty().set("张某某");
        accountabilityForm.kindProperty().set("提醒谈话");
        assertThat(accountability.apply()).isTrue();
        dialogs.confirm = true;
        accountability.delete();
        assertThat(session.store().registers().accountability()).isEmpty();

        session.undo();
        assertThat(session.store().registers().accountability()).singleElement()
                .satisfies(r -> assertThat(r.person()).isEqualTo("张某某"));
        assertThat(session.store().history().uidOf(RecordKind.ACCOUNTABILITY, added.id())).isEqualTo(uid);
        assertThat(accountability.rows()).extracting(AccountabilityRecord::person).containsExactly("张某某");
        session.undo();
        assertThat(session.store().registers().accountability()).singleElement()
                .satisfies(r -> assertThat(r.person()).isEqualTo(added.person()));
        session.undo();
        assertThat(session.store().registers().accountability()).isEmpty();
        assertThat(session.undoManager().canUndoProperty().get()).isFalse();

        session.redo();
        assertThat(session.store().history().uidOf(RecordKind.ACCOUNTABILITY, added.id())).isEqualTo(uid);
        session.redo();
        assertThat(session.store().registers().accountability().get(0).person()).isEqualTo("张某某");
        session.redo();
        assertThat(session.store().registers().accountability()).isEmpty();
        assertThat(session.store().history().historyOfUid(RecordKind.ACCOUNTABILITY, uid))
                .extracting(h -> h.action().code())
                .containsSubsequence("add", "update", "remove", "restore", "update", "remove", "restore", "update",
                        "remove");
    }

    @Test
    void anInstitutionsDeleteIsUndone() {
        institutions.add();
        institutionForm.titleProperty().set("《财务管理办法》");
        assertThat(institutions.apply()).isTrue();
        InstitutionRecord stored = session.store().registers().institutions().get(0);
        dialogs.confirm = true;
        institutions.delete();
        assertThat(session.store().registers().institutions()).isEmpty();
        session.undo();
        assertThat(session.store().registers().institutions()).containsExactly(stored);
        assertThat(institutions.rows()).containsExactly(stored);
    }

    @Test
    void institutionDocumentNumbersKeepTheirBrackets() {
        institutions.add();
        institutionForm.titleProperty().set("《温州市民政局财务管理办法》");
        institutionForm.docNoProperty().set("温民办[2022]27号");
        institutionForm.kindProperty().set(InstitutionKind.REVISED);
        assertThat(institutions.apply()).isTrue();
        InstitutionRecord stored = session.store().registers().institutions().get(0);
        assertThat(stored.docNo()).isEqualTo("温民办〔2022〕27号");
        assertThat(stored.kind()).isEqualTo(InstitutionKind.REVISED);
        assertThat(io.github.rectification.ledger.domain.DocumentNumbers.normalize("温民发（2021）3号")).isEqualTo("温民发〔2021〕3号");
    }
}
