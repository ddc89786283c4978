package io.github.rectification.ledger.ui.main;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar, made from the one list of the window's actions ({@link WindowActions}); every item
 * shows its keyboard shortcut.
 */
public final class MenuBarFactory {
    private final MainWindow window;

    public MenuBarFactory(MainWindow window) {
        this.window = window;
    }

    public MenuBar create() {
        MenuBar bar = new MenuBar(WindowActions.menus(window).stream().map(MenuBarFactory::menu)
                .toArray(Menu[]::new));
        bar.setId("menuBar");
        return bar;
    }

    static Menu menu(WindowActions.MenuSpec spec) {
        return menu(spec.id(), spec.text(), spec.entries().stream().map(MenuBarFactory::item).toArray(MenuItem[]::new));
    }

    static MenuItem item(WindowActions.Entry entry) {
        if (entry instanceof WindowActions.Action a) {
            MenuItem item = item(a.id(), a.text(), a.shortcut(), a.run());
            if (a.enabled() != null) {
                item.disableProperty().bind(Bindings.not(a.enabled()));
            }
            if (a.liveText() != null) {
                item.textProperty().bind(a.liveText());
            }
            return item;
        }
        if (entry instanceof WindowActions.Custom c) {
            return c.item().get();
        }
        return new SeparatorMenuItem();
    }

    /** File › Recent files, filled each time it opens, so it is current. */
    static Menu recentFiles(FileActions file) {
        Menu recent = new Menu(lang("menu.file.recent"));
        recent.setId("menuFileRecent");
        recent.getItems().add(new MenuItem());
        recent.setOnShowing(e -> fillRecent(recent, file));
        fillRecent(recent, file);
        return recent;
    }

    private static void fillRecent(Menu recent, FileActions file) {
        List<Path> files = file.recentFiles();
        recent.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(lang("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        int n = 1;
        for (Path f : files) {
            MenuItem item = new MenuItem(n++ + "  " + f);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> file.open(f));
            recent.getItems().add(item);
        }
    }

    // ---------------------------------------------------------------- helpers

    static Menu menu(String id, String text, MenuItem... items) {
        Menu m = new Menu(text);
        m.setId(id);
        m.getItems().setAll(items);
        return m;
    }

    /** A menu item with an id, text, shortcut (e.g. "Shortcut+N", or null) and action. */
    static MenuItem item(String id, String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
