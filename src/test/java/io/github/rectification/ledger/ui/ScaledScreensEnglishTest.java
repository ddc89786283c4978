package io.github.rectification.ledger.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link ScaledScreens} in English, whose words are longer than the Chinese. */
class ScaledScreensEnglishTest extends ScaledScreens {
    @BeforeAll
    static void english() {
        language("en");
    }

    @AfterAll
    static void back() {
        language(null);
    }

    @Override
    String language() {
        return "en";
    }
}
