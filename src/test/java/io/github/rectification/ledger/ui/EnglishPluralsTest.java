package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** English counts agree with their number: "1 measure", "2 measures", never "1 measures". */
class EnglishPluralsTest {
    /** A bare count before a plural noun, outside a choice pattern. */
    private static final Pattern BARE = Pattern.compile(
            "(?<![|#])\\{\\d+\\} (measures|problems|inspections|records|warnings|persons|rows|sheets)\\b");

    @Test
    void countsChooseSingularOrPlural() throws Exception {
        Properties en = english();
        assertThat(format(en, "tree.department.count", 1)).isEqualTo("1 measure");
        assertThat(format(en, "tree.department.count", 2)).isEqualTo("2 measures");
        assertThat(format(en, "tree.department.count", 1200)).isEqualTo("1,200 measures");
        assertThat(format(en, "import.status.word", "基本完成", 1)).isEqualTo("“基本完成” (1 measure)");
        assertThat(en.stringPropertyNames()).filteredOn(k -> BARE.matcher(en.getProperty(k)).find())
                .as("English texts with a bare count before a plural noun").isEmpty();
    }

    private static String format(Properties p, String key, Object... args) {
        return new MessageFormat(p.getProperty(key), Locale.ENGLISH).format(args);
    }

    private static Properties english() throws Exception {
        Properties p = new Properties();
        try (InputStream in = EnglishPluralsTest.class.getResourceAsStream(
                "/io/github/rectification/ledger/ui/messages_en.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
