package io.github.rectification.ledger.ui;

/** {@link ScaledScreens} in Chinese, the window's default language. */
class ScaledScreensChineseTest extends ScaledScreens {
    @Override
    String language() {
        return "zh";
    }
}
