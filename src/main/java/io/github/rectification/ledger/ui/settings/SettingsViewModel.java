package io.github.rectification.ledger.ui.settings;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.WarningBands;
import io.github.rectification.ledger.exchange.importer.CompletionDates;
import io.github.rectification.ledger.report.stats.ReportSettings;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.Localization;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings as the settings dialog edits them: the user's name and language, and for the ledger
 * open when the dialog was opened its counting rule, deadline warning bands, what an import does
 * with a done measure without a date, and the font file for PDF. {@link #save()} writes the user's
 * settings, and the ledger's in one transaction; invalid numbers are named and nothing is saved.
 */
public final class SettingsViewModel {
    private final UserSettings user;
    private final LedgerSession session;
    private final LedgerStore store;

    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("zh");
    private final ObjectProperty<CountingRule.Basis> basis = new SimpleObjectProperty<>(CountingRule.DEFAULT.basis());
    private final BooleanProperty longTermDone = new SimpleBooleanProperty();
    private final ObjectProperty<CountingRule.DoneWhen> doneWhen =
            new SimpleObjectProperty<>(CountingRule.DEFAULT.doneWhen());
    private final BooleanProperty completedOnImport = new SimpleBooleanProperty();
    private final StringProperty dueSoon = new SimpleStringProperty("");
    private final StringProperty upcoming = new SimpleStringProperty("");
    private final StringProperty font = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** Shows the user's settings, and those of the ledger open now, if one is. */
    public SettingsViewModel(UserSettings user, LedgerSession session) {
        this.user = user;
        this.session = session;
        this.store = session.isOpen() ? session.store() : null;
        load();
    }

    private void load() {
        userName.set(user.userName());
        language.set(Localization.locale().getLanguage().equals("en") ? "en" : "zh");
        if (store != null) {
            CountingRule rule = store.settings().countingRule();
            basis.set(rule.basis());
            longTermDone.set(rule.longTermCountsAsDone());
            doneWhen.set(rule.doneWhen());
            completedOnImport.set(CompletionDates.fromImportDate(store));
            WarningBands bands = ReportSettings.warningBands(store);
            dueSoon.set(Integer.toString(bands.dueSoonDays()));
            upcoming.set(Integer.toString(bands.upcomingDays()));
            font.set(ReportSettings.fontFile(store).map(Path::toString).orElse(""));
        }
    }

    /** True when a ledger was open: its settings are shown too. */
    public boolean hasLedger() {
        return store != null;
    }

    /** The open ledger's file name; empty without one. */
    public String ledgerName() {
        return store == null ? "" : store.file().getFileName().toString();
    }

    /** True when the ledger's settings may be changed: a ledger is open and not held read-only. */
    public boolean ledgerWritable() {
        return store != null && !store.readOnly();
    }

    /**
     * Saves what is shown: the user's name and language, the name as the ledger's author, and the
     * ledger's settings in one transaction. False, with the reason in {@link #errorProperty()} and
     * nothing saved, when a warning band is not a whole number or the bands are out of order.
     */
    public boolean save() {
        WarningBands bands = null;
        if (ledgerWritable()) {
            try {
                bands = new WarningBands(Integer.parseInt(text(dueSoon).strip()), Integer.parseInt(text(upcoming).strip()));
            } catch (NumberFormatException e) {
                error.set(lang("settings.warning.invalid"));
                return false;
            } catch (IllegalArgumentException e) {
                error.set(lang("settings.warning.order"));
                return false;
            }
        }
        user.storeUserName(userName.get());
        user.storeLanguage(language.get());
        if (store != null) {
            store.setAuthor(user.userName());
            if (bands != null) {
                WarningBands chosen = bands;
                String fontText = text(font).strip();
                CountingRule rule = new CountingRule(basis.get(), longTermDone.get(), doneWhen.get());
                boolean fromImportDate = completedOnImport.get();
                store.unitOfWork().run(() -> {
                    store.settings().setCountingRule(rule);
                    ReportSettings.setWarningBands(store, chosen);
                    CompletionDates.setFromImportDate(store, fromImportDate);
                    ReportSettings.setFontFile(store, fontText.isEmpty() ? null : Path.of(fontText));
                    return null;
                });
            }
        }
        error.set("");
        return true;
    }

    /** Tells the views the ledger's settings were saved, so that they count with them; nothing without a ledger. */
    public void announceSaved() {
        if (store != null) {
            session.changed(null);
        }
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    /** "zh" or "en". */
    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<CountingRule.Basis> basisProperty() {
        return basis;
    }

    public BooleanProperty longTermDoneProperty() {
        return longTermDone;
    }

    public ObjectProperty<CountingRule.DoneWhen> doneWhenProperty() {
        return doneWhen;
    }

    public BooleanProperty completedOnImportProperty() {
        return completedOnImport;
    }

    public StringProperty dueSoonProperty() {
        return dueSoon;
    }

    public StringProperty upcomingProperty() {
        return upcoming;
    }

    public StringProperty fontProperty() {
        return font;
    }

    /** Why the settings were not saved; empty when they were, or before a save. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
