package io.github.rectification.ledger.report.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds a Chinese font PDFBox can embed: the file chosen in the settings when there is one, else the
 * first of the usual system fonts (Windows 宋体/微软雅黑/黑体, Linux 文泉驿, macOS 华文), else the
 * WenQuanYi Micro Hei the application carries. Only TrueType outlines qualify; CFF-outline fonts such
 * as Noto CJK or 思源 (the only CJK fonts of many UOS and Kylin desktops) cannot be embedded by PDFBox.
 */
public final class CjkFontLocator {
    private static final List<String> CANDIDATES = List.of(
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/simfang.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Songti.ttc");
    private static final int PROBE = '中';
    /** The font the application carries (Apache-2.0), beside this class in the jar. */
    static final String BUNDLED = "fonts/wqy-microhei.ttc";

    private CjkFontLocator() {
    }

    /** The usual places, those of this system's Windows folder first when there is one. */
    public static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            for (String name : List.of("simsun.ttc", "msyh.ttc", "simhei.ttf", "simfang.ttf")) {
                out.add(Path.of(windir, "Fonts", name));
            }
        }
        CANDIDATES.forEach(c -> out.add(Path.of(c)));
        return out;
    }

    /**
     * Opens the chosen font file, or failing a choice the first usable system font.
     *
     * @throws FontNotFoundException when the chosen file is not a usable font
     */
    public static CjkFont open(Optional<Path> chosen) throws FontNotFoundException {
        if (chosen.isPresent()) {
            Path file = chosen.get();
            if (!Files.isRegularFile(file)) {
                throw new FontNotFoundException("设置中选择的字体文件不存在:" + file + "。" + FontNotFoundException.ADVICE);
            }
            try {
                return openFile(file).orElseThrow(() -> new FontNotFoundException("设置中选择的字体文件 " + file
                        + " 不是含中文字形的 TrueType 字体。" + FontNotFoundException.ADVICE));
            } catch (IOException e) {
                throw new FontNotFoundException("无法读取字体文件 " + file + ":" + e.getMessage() + "。"
                        + FontNotFoundException.ADVICE);
            }
        }
        return open(candidates());
    }

    /** The first usable font among the given files, else the font the application carries. */
    public static CjkFont open(List<Path> candidates) throws FontNotFoundException {
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                try {
                    Optional<CjkFont> font = openFile(p);
                    if (font.isPresent()) {
                        return font.get();
                    }
                } catch (IOException e) {
                    // not a readable font: try the next
                }
            }
        }
        try {
            return bundled();
        } catch (IOException e) {
            throw new FontNotFoundException("未找到可嵌入 PDF 的中文字体。" + FontNotFoundException.ADVICE);
        }
    }

    /** WenQuanYi Micro Hei as the application carries it, read from the jar. */
    public static CjkFont bundled() throws IOException {
        try (InputStream in = CjkFontLocator.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException("missing resource " + BUNDLED);
            }
            TrueTypeCollection ttc = new TrueTypeCollection(in);
            Optional<CjkFont> font = first(ttc, BUNDLED);
            if (font.isEmpty()) {
                throw new IOException("no usable font in " + BUNDLED);
            }
            return font.get();
        }
    }

    /** A font file (.ttf, or the first suitable font of a .ttc); empty when it has no usable Chinese glyphs. */
    static Optional<CjkFont> openFile(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc") || name.endsWith(".otc")) {
            return first(new TrueTypeCollection(file.toFile()), file.toString());
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        if (!usable(ttf)) {
            ttf.close();
            return Optional.empty();
        }
        Closeable owner = ttf;
        return Optional.of(new CjkFont(file.toString(), ttf, owner));
    }

    /** The first usable font of a collection, which stays open with it; the collection closed when none is. */
    private static Optional<CjkFont> first(TrueTypeCollection ttc, String source) throws IOException {
        TrueTypeFont[] found = new TrueTypeFont[1];
        ttc.processAllFonts(ttf -> {
            if (found[0] == null && usable(ttf)) {
                found[0] = ttf;
            }
        });
        if (found[0] == null) {
            ttc.close();
            return Optional.empty();
        }
        return Optional.of(new CjkFont(source, found[0], ttc));
    }

    private static boolean usable(TrueTypeFont ttf) throws IOException {
        if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) {
            return false;
        }
        if (!ttf.getTableMap().containsKey("glyf")) {
            return false;
        }
        var cmap = ttf.getUnicodeCmapLookup(false);
        return cmap != null && cmap.getGlyphId(PROBE) != 0;
    }
}
