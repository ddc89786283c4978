package io.github.rectification.ledger.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;

/**
 * A window of which one at most is open, as 处理冲突, 机构名录 and 报送情况 are: opening it again
 * brings the open one to the front instead of making a second.
 *
 * @param <W> the window
 */
public final class OneWindow<W> {
    private final Function<W, Stage> stageOf;
    private final Consumer<W> show;
    private W shown;

    /** {@code stageOf}: the window's stage; {@code show}: shows a window just made. */
    public OneWindow(Function<W, Stage> stageOf, Consumer<W> show) {
        this.stageOf = stageOf;
        this.show = show;
    }

    /**
     * Brings the open window to the front, after {@code again} (which reads it anew, say), or shows
     * a new one made by {@code make}.
     */
    public W open(Supplier<W> make, Consumer<W> again) {
        if (shown != null && stageOf.apply(shown).isShowing()) {
            again.accept(shown);
            stageOf.apply(shown).toFront();
            return shown;
        }
        shown = make.get();
        show.accept(shown);
        return shown;
    }

    /** The window last opened, or null. */
    public W shown() {
        return shown;
    }
}
