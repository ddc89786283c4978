package io.github.rectification.ledger.report.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A small picture of a file of evidence, to look at it in the window: a photo or scan as it is,
 * a PDF by its first page. The file is read from disk (a copy of the ledger's content), never
 * whole into memory: a large photo is read subsampled, a PDF page rendered at the size asked for.
 */
public final class EvidencePreview {
    private static final Set<String> PICTURES = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    /** The picture, and how many pages the file has (1 for a picture). */
    public record Preview(BufferedImage image, int pages) {
    }

    private EvidencePreview() {
    }

    /** True when a file of this name can be previewed: a picture or a PDF. */
    public static boolean canPreview(String name) {
        String ext = extension(name);
        return PICTURES.contains(ext) || ext.equals("pdf");
    }

    /**
     * The preview of {@code file} (named {@code name} in the ledger), its longer side at most
     * about {@code maxSide} pixels; empty when the kind has no preview.
     *
     * @throws IOException when the file cannot be read as what its name says
     */
    public static Optional<Preview> of(Path file, String name, int maxSide) throws IOException {
        String ext = extension(name);
        if (ext.equals("pdf")) {
            return Optional.of(pdf(file, maxSide));
        }
        if (PICTURES.contains(ext)) {
            return Optional.of(new Preview(picture(file, maxSide), 1));
        }
        return Optional.empty();
    }

    private static Preview pdf(Path file, int maxSide) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.getNumberOfPages() == 0) {
                throw new IOException(file.getFileName() + ": PDF without pages");
            }
            PDRectangle box = doc.getPage(0).getCropBox();
            float longer = Math.max(box.getWidth(), box.getHeight());
            float scale = longer <= 0 ? 1f : maxSide / longer;
            BufferedImage page = new PDFRenderer(doc).renderImage(0, scale, ImageType.RGB);
            return new Preview(page, doc.getNumberOfPages());
        }
    }

    private static BufferedImage picture(Path file, int maxSide) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(file.getFileName() + ": not a picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int longer = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, longer / Math.max(1, maxSide));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
