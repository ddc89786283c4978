package io.github.rectification.ledger.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.TestDialogs;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileActionsTest {
    @TempDir
    Path dir;
    Preferences node = Preferences.userRoot().node("rectification-ledger-test/" + UUID.randomUUID());
    UiPreferences prefs = new UiPreferences(node);
    TestDialogs dialogs = new TestDialogs();
    LedgerSession session = new LedgerSession();
    FileActions actions = new FileActions(session, dialogs, new CurrentThreadTaskExecutor(), prefs);

    @AfterEach
    void close() throws Exception {
        session.close();
        node.removeNode();
    }

    @Test
    void saveAsWritesACopyAndWorksOnInIt() throws Exception {
        Path original = dir.resolve("seed.zgtz");
        SeedLedger.create(original).close();
        actions.open(original);
        assertThat(session.store().file()).isEqualTo(original.toAbsolutePath());
        assertThat(actions.openingProperty().get()).isFalse();
        dialogs.chosenFile = dir.resolve("副本/2023年台账");
        actions.saveAs();
        Path copy = dir.resolve("副本/2023年台账.zgtz");
        assertThat(session.store().file()).isEqualTo(copy.toAbsolutePath());
        assertThat(session.store().inspections().snapshot().measures()).hasSize(SeedLedger.MEASURES);
        assertThat(prefs.recentFiles()).containsExactly(copy.toAbsolutePath(), original.toAbsolutePath());
    }

    @Test
    void theWindowStartsOnTheFileGivenElseOnTheLastLedgerOpened() throws Exception {
        Path last = dir.resolve("last.zgtz");
        Path given = dir.resolve("given.zgtz");
        SeedLedger.create(last).close();
        SeedLedger.create(given).close();
        prefs.addRecentFile(last);
        actions.openAtStart(null);
        assertThat(session.store().file()).isEqualTo(last.toAbsolutePath());
        session.close();
        actions.openAtStart(given);
        assertThat(session.store().file()).isEqualTo(given.toAbsolutePath());
        assertThat(prefs.recentFiles()).containsExactly(given.toAbsolutePath(), last.toAbsolutePath());
    }

    @Test
    void openingTheLedgerThatIsOpenKeepsItOpenAndWritable() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        actions.open(file);
        var open = session.store();
        assertThat(actions.open(dir.resolve(".").resolve("seed.zgtz"))).isNull();
        assertThat(session.store()).isSameAs(open);
        assertThat(open.isClosed()).isFalse();
        assertThat(open.readOnly()).isFalse();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void newLedgerStartsEmptyAndAFileThatIsNoLedgerIsRefusedWithAMessage() throws Exception {
        dialogs.chosenFile = dir.resolve("新台账.zgtz");
        actions.newLedger();
        assertThat(session.store().inspections().isEmpty()).isTrue();
        Path text = Files.writeString(dir.resolve("说明.zgtz"), "这不是台账");
        boolean[] fellBack = {false};
        actions.open(text, () -> fellBack[0] = true);
        assertThat(fellBack[0]).isTrue();
        assertThat(actions.openingProperty().get()).isFalse();
        assertThat(dialogs.shown).singleElement().asString().contains("说明.zgtz").contains("不是整改台账文件");
        assertThat(session.store().file()).isEqualTo(dialogs.chosenFile.toAbsolutePath());
    }

    @Test
    void theLedgerIsOpenedInTheBackgroundAndShowsAsOpeningMeanwhile() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        SeedLedger.create(file).close();
        java.util.List<Runnable> held = new java.util.ArrayList<>();
        FileActions later = new FileActions(session, dialogs, new io.github.rectification.ledger.ui.common.TaskExecutor() {
            @Override
            public <T> io.github.rectification.ledger.ui.common.BackgroundTask<T> execute(
                    io.github.rectification.ledger.ui.common.BackgroundTask<T> task) {
                held.add(() -> new CurrentThreadTaskExecutor().execute(task));
                return task;
            }

            @Override
            public void close() {
            }
        }, prefs);
        later.open(file);
        assertThat(later.openingProperty().get()).isTrue();
        assertThat(session.isOpen()).isFalse();
        held.get(0).run();
        assertThat(later.openingProperty().get()).isFalse();
        assertThat(session.store().file()).isEqualTo(file.toAbsolutePath());
        assertThat(prefs.recentFiles()).containsExactly(file.toAbsolutePath());
    }
}
