package io.github.rectification.ledger.ui.status;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.store.LedgerStore;
import io.github.rectification.ledger.ui.common.BackgroundTask;
import io.github.rectification.ledger.ui.common.FigureWords;
import io.github.rectification.ledger.ui.common.TaskExecutor;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The ledger's figures for the status bar, counted in the background after every change. */
public final class StatusBarViewModel {
    private final LedgerSession session;
    private final TaskExecutor executor;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<LedgerFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper("");
    private BackgroundTask<LedgerFigures> counting;

    public StatusBarViewModel(LedgerSession session, TaskExecutor executor, Supplier<LocalDate> today) {
        this.session = session;
        this.executor = executor;
        this.today = today;
        session.lastChangeProperty().addListener((obs, old, now) -> refresh());
        session.fileProperty().addListener((obs, old, now) -> file.set(now == null ? ""
                : session.isOpen() && session.store().readOnly() ? lang("status.bar.read.only", now) : now.toString()));
    }

    /** Counts the figures again. */
    public void refresh() {
        if (!session.isOpen()) {
            figures.set(null);
            text.set("");
            return;
        }
        if (counting != null) {
            counting.cancel();
        }
        LocalDate day = today.get();
        counting = executor.execute(BackgroundTask.wrap(() -> {
                    LedgerStore reader = session.reader();
                    return LedgerFigures.of(reader.inspections().snapshot(), reader.settings().countingRule(), day);
                })
                .onSuccess(f -> {
                    figures.set(f);
                    text.set(describe(f));
                }));
    }

    static String describe(LedgerFigures f) {
        return lang("status.bar.figures", f.measures(), FigureWords.countedDone(f.rule()), f.measuresCountedDone(),
                f.rate().formatted(), ruleText(f.rule()), f.overdue());
    }

    static String ruleText(CountingRule rule) {
        // whether long-term measures count as done, the figure's own name says (FigureWords)
        return rule.basis() == CountingRule.Basis.MEASURES
                ? lang("status.bar.rule.measures") : lang("status.bar.rule.problems");
    }

    public ReadOnlyObjectProperty<LedgerFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }
}
