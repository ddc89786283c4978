package io.github.rectification.ledger.report.pdf;

/** No Chinese TrueType font could be found to embed; the message says what to install. */
public final class FontNotFoundException extends Exception {
    public static final String ADVICE = "请安装可嵌入的中文 TrueType 字体:Debian/Ubuntu 执行 "
            + "apt-get install fonts-wqy-microhei(文泉驿微米黑),Fedora 执行 dnf install wqy-microhei-fonts;"
            + "Windows 自带的宋体 simsun.ttc 或微软雅黑 msyh.ttc 均可;也可在设置中选择一个 .ttf/.ttc 字体文件。"
            + "Noto CJK / 思源等 .otf(CFF 轮廓)字体无法嵌入 PDF。";

    public FontNotFoundException(String message) {
        super(message);
    }
}
