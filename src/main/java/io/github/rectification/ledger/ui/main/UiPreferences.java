package io.github.rectification.ledger.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the window remembers between runs (java.util.prefs): its place and size, recent files. */
public final class UiPreferences {
    /** The node of the application's user preferences. */
    public static final String NODE = "io/github/rectification/ledger";
    static final int RECENT_LIMIT = 8;

    private final Preferences prefs;

    public UiPreferences(Preferences prefs) {
        this.prefs = prefs;
    }

    public static UiPreferences user() {
        return new UiPreferences(Preferences.userRoot().node(NODE));
    }

    public Preferences node() {
        return prefs;
    }

    /** The window's bounds: x, y, width, height; or null before the first run. */
    public double[] windowBounds() {
        double w = prefs.getDouble("window.width", -1);
        if (w <= 0) {
            return null;
        }
        return new double[] {prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), w,
                prefs.getDouble("window.height", 700)};
    }

    public boolean windowMaximized() {
        return prefs.getBoolean("window.maximized", false);
    }

    public void storeWindow(double x, double y, double width, double height, boolean maximized) {
        prefs.putBoolean("window.maximized", maximized);
        if (!maximized) {
            prefs.putDouble("window.x", x);
            prefs.putDouble("window.y", y);
            prefs.putDouble("window.width", width);
            prefs.putDouble("window.height", height);
        }
        flush();
    }

    public double dividerPosition() {
        return prefs.getDouble("window.divider", 0.42);
    }

    public void storeDividerPosition(double position) {
        prefs.putDouble("window.divider", position);
    }

    /** Recently opened ledgers, newest first, those still on disk. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String s = prefs.get("recent." + i, null);
            if (s != null && Files.exists(Path.of(s))) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    public void addRecentFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentFiles());
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < list.size()) {
                prefs.put("recent." + i, list.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
        flush();
    }

    /** The folder of the last file chosen, where file choosers start. */
    public Path lastDirectory() {
        String s = prefs.get("last.directory", null);
        return s == null ? null : Path.of(s);
    }

    public void storeLastDirectory(Path folder) {
        if (folder != null) {
            prefs.put("last.directory", folder.toString());
        }
    }

    /** The name the change history records for this user; empty means the operating-system user. */
    public String userName() {
        return prefs.get("user.name", "").strip();
    }

    public void storeUserName(String name) {
        prefs.put("user.name", name == null ? "" : name.strip());
        flush();
    }

    private void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience; the next write tries again
        }
    }
}
