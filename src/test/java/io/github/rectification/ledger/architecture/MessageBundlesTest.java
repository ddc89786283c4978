package io.github.rectification.ledger.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles of {@code store}, {@code exchange}, {@code cli} and the benchmarks: Chinese and English hold the
 * same keys, every pattern parses as a {@link MessageFormat} and takes the same arguments in both
 * languages, every key is asked for by the package's code and every key asked for exists.
 */
class MessageBundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/io/github/rectification/ledger");
    private static final Path SOURCES = Path.of("src/main/java/io/github/rectification/ledger");
    private static final Path BENCH_RESOURCES = Path.of("src/bench/resources/io/github/rectification/ledger");
    private static final Path BENCH_SOURCES = Path.of("src/bench/java/io/github/rectification/ledger");

    /** A package's bundle ({@code messages.properties} in {@code resources}) and the code that asks for its keys. */
    private record Bundle(String name, Path resources, Path sources) {
    }
    private static final Pattern TEXT_CALL = Pattern.compile("TEXTS\\.text\\(\\s*\"([^\"]+)\"");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)+|[a-z][A-Za-z]*)\"");

    @Test
    void everyPackageWithMessagesHasBothLanguagesWithTheSameKeysAndArguments() throws IOException {
        List<Bundle> bundles = packagesWithBundles();
        assertThat(bundles).extracting(Bundle::name).contains("store", "cli", "exchange/importer", "bench");
        List<String> wrong = new ArrayList<>();
        for (Bundle bundle : bundles) {
            String pkg = bundle.name();
            Properties zh = load(bundle.resources().resolve("messages.properties"));
            Properties en = load(bundle.resources().resolve("messages_en.properties"));
            assertThat(zh).as(pkg + " Chinese bundle").isNotEmpty();
            assertThat(en.stringPropertyNames()).as(pkg + " keys of both languages")
                    .containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
            for (String key : zh.stringPropertyNames()) {
                String a = zh.getProperty(key);
                String b = en.getProperty(key);
                if (b == null) {
                    continue;
                }
                Integer na = arguments(a);
                Integer nb = arguments(b);
                if (na == null || nb == null || !na.equals(nb)) {
                    wrong.add(pkg + "/" + key + ": " + a + " | " + b);
                }
                if (halfWidth(new MessageFormat(a, Locale.SIMPLIFIED_CHINESE).format(dummies(na == null ? 0 : na)))) {
                    wrong.add(pkg + "/" + key + " has half-width punctuation in Chinese: " + a);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyKeyAskedForExistsAndEveryKeyIsAskedFor() throws IOException {
        for (Bundle bundle : packagesWithBundles()) {
            String pkg = bundle.name();
            Set<String> keys = load(bundle.resources().resolve("messages.properties")).stringPropertyNames();
            Set<String> asked = new TreeSet<>();
            Set<String> mentioned = new TreeSet<>();
            try (Stream<Path> files = Files.walk(bundle.sources())) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String s = Files.readString(f, StandardCharsets.UTF_8);
                    Matcher m = TEXT_CALL.matcher(s);
                    while (m.find()) {
                        asked.add(m.group(1));
                    }
                    Matcher k = KEY_LITERAL.matcher(s);
                    while (k.find()) {
                        mentioned.add(k.group(1));
                    }
                }
            }
            assertThat(asked).as(pkg + ": no TEXTS.text(...) call found").isNotEmpty();
            assertThat(keys).as(pkg + ": keys asked for").containsAll(asked);
            // a key chosen by a condition is written as a literal next to the call
            assertThat(mentioned).as(pkg + ": keys in the bundle that no code names").containsAll(keys);
        }
    }

    @Test
    void theCheckSeesAMismatch() {
        assertThat(arguments("文件 {0}：{1}")).isEqualTo(2);
        assertThat(arguments("file {0}")).isEqualTo(1);
        assertThat(arguments("broken {0")).isNull();
        assertThat(halfWidth("文件: 坏")).isTrue();
        assertThat(halfWidth("文件：坏（SQLite 3.4）")).isFalse();
    }

    /** The number of arguments a pattern takes, or null when it does not parse. */
    static Integer arguments(String pattern) {
        try {
            return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Half-width , : ( ) ; next to a Chinese character. */
    static boolean halfWidth(String text) {
        return Pattern.compile("[\\u3400-\\u9fff][,:;()]|[,:;()][\\u3400-\\u9fff]|[\\u3400-\\u9fff] \\(").matcher(text).find();
    }

    private static Object[] dummies(int n) {
        Object[] a = new Object[n];
        for (int i = 0; i < n; i++) {
            a[i] = "x";
        }
        return a;
    }

    private static List<Bundle> packagesWithBundles() throws IOException {
        List<Bundle> out = new ArrayList<>();
        for (String pkg : List.of("store", "exchange", "cli")) {
            if (!Files.isDirectory(RESOURCES.resolve(pkg))) {
                continue;
            }
            try (Stream<Path> files = Files.walk(RESOURCES.resolve(pkg))) {
                files.filter(f -> f.getFileName().toString().equals("messages.properties"))
                        .map(f -> RESOURCES.relativize(f.getParent()).toString().replace('\\', '/'))
                        .sorted().forEach(name -> out.add(new Bundle(name, RESOURCES.resolve(name), SOURCES.resolve(name))));
            }
        }
        out.add(new Bundle("bench", BENCH_RESOURCES.resolve("bench"), BENCH_SOURCES.resolve("bench")));
        return out;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
