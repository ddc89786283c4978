package io.github.rectification.ledger.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes PNG pictures of scenes to target/screenshots, to look at. */
final class Screenshots {
    static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    static Path write(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return write(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS), name);
    }

    static Path write(WritableImage image, String name) throws IOException {
        Files.createDirectories(DIR);
        Path file = DIR.resolve(name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot write " + file, e);
        }
        return file;
    }
}
