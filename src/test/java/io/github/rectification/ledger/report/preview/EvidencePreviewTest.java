package io.github.rectification.ledger.report.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidencePreviewTest {
    @TempDir
    Path dir;

    @Test
    void aPdfShowsItsFirstPageAtTheSizeAskedForAndSaysHowManyPagesItHas() throws IOException {
        Path pdf = dir.resolve("整改报告.PDF");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(pdf.toFile());
        }
        EvidencePreview.Preview p = EvidencePreview.of(pdf, "整改报告.PDF", 400).orElseThrow();
        assertThat(p.pages()).isEqualTo(3);
        assertThat(p.image().getHeight()).as("A4 upright: the height is the longer side").isBetween(398, 401);
        assertThat(p.image().getWidth()).isBetween(280, 285);
    }

    @Test
    void aLargePhotoIsReadSubsampledToAboutTheSizeAskedFor() throws IOException {
        Path png = dir.resolve("现场照片.png");
        BufferedImage big = new BufferedImage(4000, 2000, BufferedImage.TYPE_INT_RGB);
        big.setRGB(0, 0, 0xff0000);
        ImageIO.write(big, "png", png.toFile());
        EvidencePreview.Preview p = EvidencePreview.of(png, "现场照片.png", 500).orElseThrow();
        assertThat(p.pages()).isEqualTo(1);
        assertThat(p.image().getWidth()).isBetween(500, 1000);
        assertThat(p.image().getWidth()).isEqualTo(p.image().getHeight() * 2);
        assertThat(p.image().getRGB(0, 0) & 0xffffff).isEqualTo(0xff0000);
    }

    @Test
    void otherKindsHaveNoPreviewAndAFileThatIsNotWhatItsNameSaysIsRefused() throws IOException {
        Path doc = Files.writeString(dir.resolve("说明.docx"), "not shown");
        assertThat(EvidencePreview.canPreview("说明.docx")).isFalse();
        assertThat(EvidencePreview.canPreview("扫描件.JPG")).isTrue();
        assertThat(EvidencePreview.of(doc, "说明.docx", 300)).isEmpty();
        Path fake = Files.writeString(dir.resolve("假.pdf"), "%PDF-1.4 not really");
        assertThatThrownBy(() -> EvidencePreview.of(fake, "假.pdf", 300)).isInstanceOf(IOException.class);
        Path notPicture = Files.writeString(dir.resolve("假.png"), "text");
        assertThatThrownBy(() -> EvidencePreview.of(notPicture, "假.png", 300)).isInstanceOf(IOException.class);
    }
}
