package io.github.rectification.ledger.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only banner follows the ledgers the session opens, without a display. */
class ReadOnlyBannerViewModelTest {
    @TempDir
    Path dir;

    @Test
    void shownOnlyWhileTheOpenLedgerIsHeldByAnotherWindow() throws Exception {
        Path file = dir.resolve("台账.zgtz");
        Path other = dir.resolve("另一个.zgtz");
        try (LedgerSession session = new LedgerSession()) {
            ReadOnlyBannerViewModel vm = new ReadOnlyBannerViewModel(session);
            assertThat(vm.shownProperty().get()).isFalse();
            session.open(file);
            assertThat(vm.shownProperty().get()).isFalse();
            assertThat(vm.textProperty().get()).isEmpty();
            session.close();
            try (LedgerStore holder = LedgerStore.open(file)) {
                session.open(file);
                assertThat(vm.shownProperty().get()).isTrue();
                assertThat(vm.textProperty().get()).startsWith("只读：台账 台账.zgtz 正在另一个窗口");
                session.open(other);
                assertThat(vm.shownProperty().get()).isFalse();
                assertThat(vm.textProperty().get()).isEmpty();
            }
        }
    }

    @Test
    void aLedgerAlreadyOpenReadOnlyIsShownAtOnce() throws Exception {
        Path file = dir.resolve("台账.zgtz");
        LedgerStore.open(file).close();
        try (LedgerStore holder = LedgerStore.open(file); LedgerSession session = new LedgerSession()) {
            session.open(file);
            assertThat(new ReadOnlyBannerViewModel(session).shownProperty().get()).isTrue();
        }
    }
}
