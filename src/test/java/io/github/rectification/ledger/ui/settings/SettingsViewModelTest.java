package io.github.rectification.ledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.exchange.importer.CompletionDates;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.session.LedgerChange;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings the dialog edits, saved and read back without a display. */
class SettingsViewModelTest {
    @TempDir
    Path dir;
    final LedgerSession session = new LedgerSession();
    final User user = new User();

    /** The user's settings, kept in memory. */
    static final class User implements UserSettings {
        String name = "王科员";
        String language;

        @Override
        public String userName() {
            return name;
        }

        @Override
        public void storeUserName(String n) {
            name = n == null ? "" : n.strip();
        }

        @Override
        public void storeLanguage(String code) {
            language = code;
        }
    }

    @AfterEach
    void close() {
        session.close();
    }

    private SettingsViewModel changeEverything() {
        SettingsViewModel vm = new SettingsViewModel(user, session);
        vm.userNameProperty().set(" 李主任 ");
        vm.languageProperty().set("en");
        vm.basisProperty().set(CountingRule.Basis.PROBLEMS);
        vm.longTermDoneProperty().set(!CountingRule.DEFAULT.longTermCountsAsDone());
        vm.doneWhenProperty().set(CountingRule.DoneWhen.CLOSED);
        vm.completedOnImportProperty().set(true);
        vm.dueSoonProperty().set(" 5 ");
        vm.upcomingProperty().set("15");
        vm.fontProperty().set(dir.resolve("simsun.ttf").toString());
        return vm;
    }

    @Test
    void everythingSavedIsReadBackByTheNextDialog() throws Exception {
        session.open(dir.resolve("台账.zgtz"));
        SettingsViewModel first = new SettingsViewModel(user, session);
        assertThat(first.hasLedger()).isTrue();
        assertThat(first.ledgerName()).isEqualTo("台账.zgtz");
        assertThat(first.userNameProperty().get()).isEqualTo("王科员");
        assertThat(first.dueSoonProperty().get()).isEqualTo(Integer.toString(WarningBands.DEFAULT.dueSoonDays()));
        assertThat(first.completedOnImportProperty().get()).isFalse();

        assertThat(changeEverything().save()).isTrue();
        LedgerStore store = session.store();
        assertThat(user.name).isEqualTo("李主任");
        assertThat(user.language).isEqualTo("en");
        assertThat(store.author()).isEqualTo("李主任");
        assertThat(store.settings().countingRule()).isEqualTo(new CountingRule(CountingRule.Basis.PROBLEMS,
                !CountingRule.DEFAULT.longTermCountsAsDone(), CountingRule.DoneWhen.CLOSED));
        assertThat(ReportSettings.warningBands(store)).isEqualTo(new WarningBands(5, 15));
        assertThat(CompletionDates.fromImportDate(store)).isTrue();
        assertThat(ReportSettings.fontFile(store)).contains(dir.resolve("simsun.ttf").toAbsolutePath());

        SettingsViewModel again = new SettingsViewModel(user, session);
        assertThat(again.userNameProperty().get()).isEqualTo("李主任");
        assertThat(again.basisProperty().get()).isEqualTo(CountingRule.Basis.PROBLEMS);
        assertThat(again.doneWhenProperty().get()).isEqualTo(CountingRule.DoneWhen.CLOSED);
        assertThat(again.completedOnImportProperty().get()).isTrue();
        assertThat(again.dueSoonProperty().get()).isEqualTo("5");
        assertThat(again.upcomingProperty().get()).isEqualTo("15");
        assertThat(again.fontProperty().get()).isEqualTo(dir.resolve("simsun.ttf").toAbsolutePath().toString());

        // an empty font field forgets the font
        again.fontProperty().set(" ");
        assertThat(again.save()).isTrue();
        assertThat(ReportSettings.fontFile(store)).isEmpty();
    }

    @Test
    void theLedgersSettingsAreWrittenInOneTransaction() throws Exception {
        Path file = dir.resolve("台账.zgtz");
        LedgerStore.open(file).close();
        // the font, written last, is refused by the file: what was written before it must not stay
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String when : new String[] {"INSERT", "UPDATE"}) {
                st.execute("CREATE TRIGGER refuse_font_" + when + " BEFORE " + when + " ON ledger_setting"
                        + " WHEN NEW.key = '" + LedgerSettings.FONT_FILE.key() + "' BEGIN SELECT RAISE(ABORT, 'no font'); END");
            }
        }
        session.open(file);
        LedgerStore store = session.store();
        CountingRule rule = store.settings().countingRule();
        WarningBands bands = ReportSettings.warningBands(store);

        SettingsViewModel vm = changeEverything();
        assertThatThrownBy(vm::save).hasStackTraceContaining("no font");
        assertThat(store.settings().countingRule()).isEqualTo(rule);
        assertThat(ReportSettings.warningBands(store)).isEqualTo(bands);
        assertThat(CompletionDates.fromImportDate(store)).isFalse();
        assertThat(store.settings().holds(LedgerSettings.DUE_SOON_DAYS)).isFalse();
    }

    @Test
    void aNumberThatIsNotOneOrBandsOutOfOrderAreNamedAndNothingIsSaved() throws Exception {
        session.open(dir.resolve("台账.zgtz"));
        SettingsViewModel vm = changeEverything();
        vm.dueSoonProperty().set("x");
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("预警天数须为整数。");
        vm.dueSoonProperty().set("30");
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty().get()).isNotEmpty().isNotEqualTo("预警天数须为整数。");
        assertThat(user.name).isEqualTo("王科员");
        assertThat(user.language).isNull();
        assertThat(session.store().settings().countingRule()).isEqualTo(CountingRule.DEFAULT);

        vm.dueSoonProperty().set("5");
        assertThat(vm.save()).isTrue();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void aReadOnlyLedgerKeepsItsSettingsAndTheUsersAreStillSaved() throws Exception {
        Path file = dir.resolve("台账.zgtz");
        LedgerStore.open(file).close();
        try (LedgerStore holder = LedgerStore.open(file)) {
            session.open(file);
            SettingsViewModel vm = changeEverything();
            assertThat(vm.ledgerWritable()).isFalse();
            vm.dueSoonProperty().set("x");
            assertThat(vm.save()).isTrue();
            assertThat(user.name).isEqualTo("李主任");
            assertThat(holder.settings().countingRule()).isEqualTo(CountingRule.DEFAULT);
        }
    }

    @Test
    void withoutALedgerOnlyTheUsersSettingsAreSavedAndNoChangeIsAnnounced() {
        List<LedgerChange> changes = new ArrayList<>();
        session.lastChangeProperty().addListener((obs, old, now) -> changes.add(now));
        SettingsViewModel vm = new SettingsViewModel(user, session);
        assertThat(vm.hasLedger()).isFalse();
        vm.userNameProperty().set("李主任");
        assertThat(vm.save()).isTrue();
        vm.announceSaved();
        assertThat(user.name).isEqualTo("李主任");
        assertThat(changes).isEmpty();
    }

    @Test
    void savedLedgerSettingsAreAnnouncedToTheViews() throws Exception {
        session.open(dir.resolve("台账.zgtz"));
        List<LedgerChange> changes = new ArrayList<>();
        session.lastChangeProperty().addListener((obs, old, now) -> changes.add(now));
        SettingsViewModel vm = changeEverything();
        assertThat(vm.save()).isTrue();
        vm.announceSaved();
        assertThat(changes).hasSize(1);
    }
}
