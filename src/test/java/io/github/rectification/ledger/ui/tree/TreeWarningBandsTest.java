package io.github.rectification.ledger.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.Deadline;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.domain.WarningBand;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.testsupport.MeasureBuilder;
import io.github.rectification.ledger.testsupport.SeedLedger;
import io.github.rectification.ledger.ui.common.CurrentThreadTaskExecutor;
import io.github.rectification.ledger.ui.session.EditCommand;
import io.github.rectification.ledger.ui.session.LedgerSession;
import io.github.rectification.ledger.ui.session.NodeKey;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measure nodes carry their deadline band, read with the measures and kept when a measure is edited. */
class TreeWarningBandsTest {
    static final LocalDate TODAY = LocalDate.of(2023, 1, 10);

    @TempDir
    Path dir;
    LedgerSession session;
    LedgerTreeViewModel vm;
    Measure upcoming;
    Measure later;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("seed.zgtz");
        try (LedgerStore store = SeedLedger.create(file)) {
            List<Measure> first = store.inspections().measures(store.inspections().problems(store.inspections().all().get(0).id(), null).get(0).id());
            upcoming = reopen(store, first.get(0), TODAY.plusDays(15));
            later = reopen(store, first.get(1), TODAY.plusDays(40));
        }
        session = new LedgerSession();
        vm = new LedgerTreeViewModel(session, new CurrentThreadTaskExecutor(), () -> TODAY);
        session.open(file);
    }

    private static Measure reopen(LedgerStore store, Measure m, LocalDate deadline) {
        Measure open = MeasureBuilder.from(m).deadline(Deadline.on(deadline)).status(Status.IN_PROGRESS)
                .completedOn(null).build();
        store.inspections().update(open);
        return open;
    }

    @AfterEach
    void close() {
        session.close();
    }

    private WarningBand band(Measure m) {
        vm.select(NodeKey.measure(m.id()));
        TreeNodeViewModel item = vm.selectedProperty().get();
        return ((TreeNode.MeasureNode) item.getValue()).band();
    }

    @Test
    void bandsAreReadWithTheMeasuresAndFollowEditsAndSettings() {
        assertThat(band(upcoming)).isEqualTo(WarningBand.UPCOMING);
        assertThat(band(later)).isNull();

        // an edit updates the node in place, band included
        session.run(new EditCommand(later, MeasureBuilder.from(later).deadline(Deadline.on(TODAY.plusDays(4)))
                .status(Status.IN_PROGRESS).completedOn(null).build()));
        assertThat(band(later)).isEqualTo(WarningBand.DUE_SOON);

        // narrower bands, stored in the ledger, take effect when the tree reads again
        ReportSettings.setWarningBands(session.store(), new WarningBands(3, 10));
        session.changed(null);
        assertThat(band(upcoming)).isNull();
        assertThat(band(later)).isEqualTo(WarningBand.UPCOMING);
    }
}
