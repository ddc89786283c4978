package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two bundles hold the same keys, each once; every key is used in the code and every key the
 * code asks for exists. Keys are found by the {@code lang("...")} calls of the main sources.
 */
class LocalizationConsistencyTest {
    private static final Path BUNDLES = Path.of("src/main/resources/io/github/rectification/ledger/ui");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LANG_CALL = Pattern.compile("\\blang\\(\\s*\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Set<String> zh = keys("messages.properties").keySet();
        Set<String> en = keys("messages_en.properties").keySet();
        assertThat(difference(zh, en)).as("keys missing from messages_en.properties").isEmpty();
        assertThat(difference(en, zh)).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void noKeyIsWrittenTwiceInAFile() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Map<String, Integer> count = new HashMap<>();
            for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                String key = keyOf(line);
                if (key != null) {
                    count.merge(key, 1, Integer::sum);
                }
            }
            assertThat(count.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                    .as("keys written twice in " + file).isEmpty();
        }
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).as("no lang(...) call found: the scan is broken").isNotEmpty();
        assertThat(difference(used, keys("messages.properties").keySet()))
                .as("keys used in code but missing from the bundles").isEmpty();
    }

    @Test
    void everyKeyInTheBundlesIsUsed() throws IOException {
        assertThat(difference(keys("messages.properties").keySet(), usedKeys()))
                .as("keys in the bundles that no code uses").isEmpty();
    }

    @Test
    void translationsTakeTheSameArguments() throws IOException {
        Map<String, String> zh = keys("messages.properties");
        Map<String, String> en = keys("messages_en.properties");
        List<String> mismatched = new ArrayList<>();
        for (Map.Entry<String, String> e : zh.entrySet()) {
            String other = en.get(e.getKey());
            if (other != null && !placeholders(e.getValue()).equals(placeholders(other))) {
                mismatched.add(e.getKey());
            }
            if (!placeholders(e.getValue()).isEmpty()) {
                // a pattern that MessageFormat cannot read would show as the raw key text
                new MessageFormat(e.getValue());
                if (other != null) {
                    new MessageFormat(other);
                }
            }
        }
        assertThat(mismatched).as("keys whose translations take other arguments").isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LANG_CALL.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return used;
    }

    private static Map<String, String> keys(String file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        java.util.Properties p = new java.util.Properties();
        try (var reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        for (String k : new TreeSet<>(p.stringPropertyNames())) {
            out.put(k, p.getProperty(k));
        }
        return out;
    }

    private static String keyOf(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
            return null;
        }
        int eq = t.indexOf('=');
        return eq < 0 ? t : t.substring(0, eq).strip();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
