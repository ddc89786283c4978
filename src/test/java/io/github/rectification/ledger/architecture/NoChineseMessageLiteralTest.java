package io.github.rectification.ledger.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The messages of {@code store}, {@code exchange} and {@code cli} come from their
 * {@code messages.properties} / {@code messages_en.properties}: a string literal with Chinese characters
 * in the main code of these packages fails this test, except in the files listed below — document
 * content (header words the importer matches, status words, sheet names and column titles of the
 * exported ledger, history words) and, with their current number, files whose messages are still to be
 * moved into a bundle. A listed file may lose literals, never gain them.
 */
class NoChineseMessageLiteralTest {
    private static final Path BASE = Path.of("src/main/java/io/github/rectification/ledger");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff]");

    /** Files whose Chinese literals are the office's document content, not messages. */
    private static final Map<String, String> DOCUMENT_CONTENT = Map.ofEntries(
            Map.entry("store/ReturnWriter.java", "the history row's source text of a conflict kept at the ledger's value"),
            Map.entry("exchange/layout/HeaderSynonyms.java", "header words of the office's ledgers the importer matches"),
            Map.entry("exchange/history/ChineseHistoryWords.java", "column titles and words of the exported change history"),
            Map.entry("exchange/history/HistoryLabels.java", "labels of the exported change history"),
            Map.entry("exchange/importer/GoneWords.java", "words of a workbook marking a measure as gone"),
            Map.entry("exchange/export/ExportLayout.java", "column titles of the exported ledger"),
            Map.entry("exchange/distribution/DistributionLayout.java", "column titles of a distributed workbook"),
            Map.entry("exchange/distribution/SentBackList.java", "the 填表说明's list of close-outs sent back"),
            Map.entry("exchange/distribution/Reminders.java", "the file names of the reminders (催报)"));

    /** Files whose messages are still built from literals, with the number of such literals today. */
    private static final Map<String, Integer> TO_CONVERT = Map.ofEntries(
            Map.entry("cli/CheckCommand.java", 6),
            Map.entry("cli/CloseOutCommand.java", 17),
            Map.entry("cli/DirectoryCommand.java", 19),
            Map.entry("cli/DistributeCommand.java", 14),
            Map.entry("cli/DumpCommand.java", 5),
            Map.entry("cli/EditCommand.java", 5),
            Map.entry("cli/EvidenceCommand.java", 23),
            Map.entry("cli/ExportCommand.java", 8),
            Map.entry("cli/FindingsLine.java", 8),
            Map.entry("cli/FollowUpCommand.java", 13),
            Map.entry("cli/ImportCommand.java", 34),
            Map.entry("cli/InitCommand.java", 4),
            Map.entry("cli/LedgerCli.java", 1),
            Map.entry("cli/LedgerFileOption.java", 1),
            Map.entry("cli/NoticeCommand.java", 15),
            Map.entry("cli/ReportCommand.java", 6),
            Map.entry("cli/ReturnsCommand.java", 31),
            Map.entry("cli/StatsCommand.java", 14),
            Map.entry("cli/Version.java", 1),
            Map.entry("exchange/distribution/Distributor.java", 5),
            Map.entry("exchange/distribution/EmlDraft.java", 25),
            Map.entry("exchange/distribution/PartWorkbook.java", 32),
            Map.entry("exchange/evidence/PackageCheck.java", 6),
            Map.entry("exchange/evidence/PackageIndex.java", 12),
            Map.entry("exchange/evidence/PackagePlan.java", 1),
            Map.entry("exchange/export/ExportStyles.java", 1),
            Map.entry("exchange/export/InspectionSheetWriter.java", 10),
            Map.entry("exchange/history/HistoryWorkbook.java", 11),
            Map.entry("exchange/importer/ImportWarning.java", 4),
            Map.entry("exchange/importer/LedgerImporter.java", 5),
            Map.entry("exchange/importer/LedgerTitle.java", 9),
            Map.entry("exchange/importer/MeasureSheetReader.java", 24),
            Map.entry("exchange/importer/ProblemMerge.java", 4),
            Map.entry("exchange/importer/Reconciler.java", 10),
            Map.entry("exchange/importer/RegisterSheetReader.java", 11),
            Map.entry("exchange/importer/UnknownStatus.java", 4),
            Map.entry("exchange/layout/LayoutFinder.java", 7),
            Map.entry("exchange/values/DeadlineParser.java", 12));

    @Test
    void noNewChineseLiteralInStoreExchangeOrCli() throws IOException {
        Map<String, Integer> found = count();
        assertThat(found).as("the scan found nothing: it is broken").isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> e : found.entrySet()) {
            if (DOCUMENT_CONTENT.containsKey(e.getKey())) {
                continue;
            }
            int allowed = TO_CONVERT.getOrDefault(e.getKey(), 0);
            if (e.getValue() > allowed) {
                wrong.add(e.getKey() + ": " + e.getValue() + " Chinese literals, " + allowed
                        + " allowed; put the message into the package's messages.properties and messages_en.properties");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theBundlesOfTheStoreAndTheCommandLineHoldTheirMessages() throws IOException {
        Map<String, Integer> found = count();
        assertThat(found.keySet().stream().filter(f -> f.startsWith("store/")))
                .as("the store's messages are all in its bundle").containsOnlyOnceElementsOf(List.of("store/ReturnWriter.java"));
        assertThat(found).doesNotContainKey("cli/Failures.java");
    }

    @Test
    void theScanSeesLiteralsButNotComments() {
        assertThat(literals("x(\"文件 \" + f); // 注释 \"不算\"\n/** 说明 \"也不算\" */ y(\"a\\\"b\")"))
                .containsExactly("\"文件 \"", "\"a\\\"b\"");
    }

    private static Map<String, Integer> count() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        for (String pkg : List.of("store", "exchange", "cli")) {
            try (Stream<Path> files = Files.walk(BASE.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    long n = literals(Files.readString(f, StandardCharsets.UTF_8)).stream()
                            .filter(l -> CJK.matcher(l).find()).count();
                    if (n > 0) {
                        found.put(BASE.relativize(f).toString().replace('\\', '/'), (int) n);
                    }
                }
            }
        }
        return found;
    }

    /** The string literals of a source, comments left out (text blocks count as literals too). */
    static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                out.add(source.substring(i, end));
                i = end;
            } else if (source.charAt(i) == '\'') {
                int end = source.indexOf('\'', source.charAt(i + 1) == '\\' ? i + 3 : i + 2);
                i = end < 0 ? source.length() : end + 1;
            } else if (source.charAt(i) == '"') {
                Matcher m = LITERAL.matcher(source);
                if (m.find(i) && m.start() == i) {
                    out.add(m.group());
                    i = m.end();
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        return out;
    }
}
