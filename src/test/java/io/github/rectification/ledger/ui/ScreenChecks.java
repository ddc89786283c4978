package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.ui.common.Localization;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every screen must satisfy, checked on its scene graph: no bundle key or placeholder shown
 * instead of its text, no label, button or column header cut off with an ellipsis, and a window
 * large enough for its content and small enough for the screen.
 */
final class ScreenChecks {
    /** A text that looks like a bundle key, e.g. {@code menu.file.quit}. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");
    private static final Set<String> KEYS = Collections.unmodifiableSet(
            ResourceBundle.getBundle(Localization.BUNDLE, java.util.Locale.ROOT).keySet());

    private ScreenChecks() {
    }

    /** Runs every check on a window's scene as last laid out (on the FX thread). */
    static void check(Window window) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            Parent root = window.getScene().getRoot();
            assertThat(rawTexts(root)).as("texts shown raw in %s", title(window)).isEmpty();
            assertThat(truncated(root)).as("texts cut off in %s", title(window)).isEmpty();
            assertThat(withoutPlaceholder(root)).as("lists and tables that would say \"No content\" in %s",
                    title(window)).isEmpty();
            if (!Localization.locale().getLanguage().equals("en")) {
                assertThat(englishButtons(root)).as("buttons in English in %s", title(window)).isEmpty();
            }
            assertFits(window);
        }).get(10, TimeUnit.SECONDS);
    }

    private static String title(Window w) {
        return w instanceof javafx.stage.Stage s ? s.getTitle() : w.toString();
    }

    /** The window shows its content at least at its preferred size, and fits on the screen. */
    static void assertFits(Window window) {
        Parent root = window.getScene().getRoot();
        var screen = Screen.getPrimary().getVisualBounds();
        assertThat(window.getWidth()).as("width of %s", title(window)).isLessThanOrEqualTo(screen.getWidth());
        assertThat(window.getHeight()).as("height of %s", title(window)).isLessThanOrEqualTo(screen.getHeight());
        assertThat(window.getScene().getWidth()).as("content width of %s", title(window))
                .isGreaterThanOrEqualTo(Math.min(root.minWidth(-1), screen.getWidth()) - 1);
        assertThat(window.getScene().getHeight()).as("content height of %s", title(window))
                .isGreaterThanOrEqualTo(Math.min(root.minHeight(-1), screen.getHeight()) - 1);
    }

    /** Texts on screen that are bundle keys or unfilled placeholders. */
    static List<String> rawTexts(Parent root) {
        List<String> raw = new ArrayList<>();
        texts(root).filter(ScreenChecks::looksRaw).forEach(raw::add);
        return raw;
    }

    /** Menu items (with their submenus) whose text is a bundle key or an unfilled placeholder. */
    static List<String> rawTexts(List<? extends MenuItem> items) {
        List<String> raw = new ArrayList<>();
        for (MenuItem i : items) {
            if (looksRaw(i.getText())) {
                raw.add(i.getText());
            }
            if (i instanceof Menu m) {
                raw.addAll(rawTexts(m.getItems()));
            }
        }
        return raw;
    }

    static boolean looksRaw(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String t = text.strip();
        return t.startsWith("%") || KEYS.contains(t) || KEY.matcher(t).matches()
                || Pattern.compile("\\{\\d+}").matcher(t).find();
    }

    private static Stream<String> texts(Node node) {
        Stream<String> own = Stream.empty();
        if (node instanceof Labeled l && !(node instanceof Cell<?>)) {
            own = Stream.of(l.getText());
        } else if (node instanceof TextInputControl t) {
            own = Stream.of(t.getPromptText());
        } else if (node instanceof TableView<?> t) {
            own = columnTexts(t.getColumns());
        } else if (node instanceof TreeTableView<?> t) {
            own = columnTexts(t.getColumns());
        }
        if (node instanceof Parent p) {
            return Stream.concat(own, p.getChildrenUnmodifiable().stream().flatMap(ScreenChecks::texts));
        }
        return own;
    }

    private static Stream<String> columnTexts(List<? extends TableColumnBase<?, ?>> columns) {
        return columns.stream().flatMap(c -> Stream.concat(Stream.of(c.getText()), columnTexts(c.getColumns())));
    }

    /** Tables and lists without a placeholder of their own: empty, they show JavaFX's English "No content". */
    static List<String> withoutPlaceholder(Parent root) {
        List<String> bare = new ArrayList<>();
        collectWithoutPlaceholder(root, bare);
        return bare;
    }

    /** The list of a combo box, which shows the box's own placeholder. */
    private static boolean inComboBox(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }

    private static void collectWithoutPlaceholder(Node n, List<String> bare) {
        Node placeholder = n instanceof TableView<?> t ? t.getPlaceholder()
                : n instanceof TreeTableView<?> t ? t.getPlaceholder()
                : n instanceof javafx.scene.control.ListView<?> l && !inComboBox(l) ? l.getPlaceholder() : n;
        if (placeholder == null) {
            bare.add(n.getId() == null ? n.getClass().getSimpleName() : n.getId());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectWithoutPlaceholder(c, bare));
        }
    }

    /** Buttons and links whose text has no Chinese character (such as JavaFX's own OK, Cancel, Show Details). */
    static List<String> englishButtons(Parent root) {
        List<String> english = new ArrayList<>();
        collectEnglishButtons(root, english);
        return english;
    }

    private static void collectEnglishButtons(Node node, List<String> english) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.ButtonBase b && b.getText() != null && !b.getText().isEmpty()
                && b.getText().codePoints().noneMatch(ScreenChecks::chinese)) {
            english.add(b.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectEnglishButtons(c, english));
        }
    }

    private static boolean chinese(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The text a label shows: its own, or shortened with the ellipsis when it does not fit. */
    static String shown(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return "";
    }

    /**
     * Labels, buttons, tabs and column headers whose text is shown shortened with the ellipsis
     * (their skin shows the text in a {@link Text} child). Cells are left out: long data is meant to
     * be shortened in a table.
     */
    static List<String> truncated(Parent root) {
        List<String> cut = new ArrayList<>();
        collectTruncated(root, cut);
        return cut;
    }

    private static void collectTruncated(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && !(node instanceof Cell<?>) && l.getText() != null && !l.getText().isEmpty()) {
            String shown = shown(l);
            if (!shown.equals(l.getText()) && shown.endsWith(l.getEllipsisString())) {
                cut.add(l.getText() + " → " + shown);
            }
        }
        if (node instanceof Parent p && !(node instanceof Cell<?>)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectTruncated(child, cut);
            }
        }
    }
}
