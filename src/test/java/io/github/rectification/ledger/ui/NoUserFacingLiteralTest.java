package io.github.rectification.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The window's words come from the bundles: no string literal in the ui sources holds Chinese text,
 * and no control is given a literal text. Comments are not code and are left out of the scan.
 */
class NoUserFacingLiteralTest {
    private static final Path UI = Path.of("src/main/java/io/github/rectification/ledger/ui");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern CHINESE = Pattern.compile("[\\x{3400}-\\x{9fff}\\x{3000}-\\x{303f}\\x{ff01}-\\x{ff5e}]");
    /** Setters and constructors whose text a person reads; a literal there must be a symbol or empty. */
    private static final Pattern TEXT_SINK = Pattern.compile("(setText|setTitle|setPromptText|setHeaderText"
            + "|setContentText|new Label|new Button|new MenuItem|new Menu|new Tab|new CheckBox|new Tooltip)"
            + "\\(\\s*\"([^\"]*)\"");

    @Test
    void noChineseLiteralAndNoLiteralControlText() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.walk(UI)) {
            sources = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("ui sources found").hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Path file : sources) {
            String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                if (CHINESE.matcher(m.group(1)).find()) {
                    found.add(UI.relativize(file) + ": \"" + m.group(1) + "\"");
                }
            }
            Matcher sink = TEXT_SINK.matcher(code);
            while (sink.find()) {
                if (sink.group(2).chars().anyMatch(Character::isLetter)) {
                    found.add(UI.relativize(file) + ": " + sink.group(1) + "(\"" + sink.group(2) + "\")");
                }
            }
        }
        assertThat(found).as("user-facing literals in the ui code (put them in messages*.properties)").isEmpty();
    }

    @Test
    void theScanFindsALiteralWhereThereIsOne() {
        String code = withoutComments("// \"注释\"\n label.setText(\"保存\"); /* \"块注释\" */ x.setPromptText(\"Name\");");
        Matcher m = LITERAL.matcher(code);
        List<String> literals = new ArrayList<>();
        while (m.find()) {
            literals.add(m.group(1));
        }
        assertThat(literals).containsExactly("保存", "Name");
        assertThat(TEXT_SINK.matcher(code).find()).isTrue();
    }

    /** Drops // and block comments, keeping string literals (which may hold "//") intact. */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != '"' && code.charAt(j) != '\n') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(code, i, Math.min(j + 1, code.length()));
                i = j + 1;
            } else if (c == '\'' ) {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != '\'') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(code, i, Math.min(j + 1, code.length()));
                i = j + 1;
            } else if (code.startsWith("//", i)) {
                int j = code.indexOf('\n', i);
                i = j < 0 ? code.length() : j;
            } else if (code.startsWith("/*", i)) {
                int j = code.indexOf("*/", i + 2);
                i = j < 0 ? code.length() : j + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
