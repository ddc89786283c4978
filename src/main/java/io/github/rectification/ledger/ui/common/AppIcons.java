package io.github.rectification.ledger.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The application icon in the sizes a window list, task bar and title bar pick from. */
public final class AppIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    public static List<Image> all() {
        List<Image> out = new ArrayList<>();
        for (int size : SIZES) {
            InputStream in = AppIcons.class.getResourceAsStream("/io/github/rectification/ledger/ui/icons/icon-" + size + ".png");
            if (in != null) {
                out.add(new Image(in));
            }
        }
        return out;
    }
}
