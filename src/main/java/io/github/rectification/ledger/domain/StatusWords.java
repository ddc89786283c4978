package io.github.rectification.ledger.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The one place where the words of the status column are mapped to a status: the words of a 完成情况
 * column (已完成, 正在推进, 长期坚持, 未启动 …), and the answers of a yes/no column such as 是否完成
 * (是/否, √/×, ☑/☐, 完成/未完成). A "yes" is done; a "no" is in progress when the row's progress
 * (整改进展) is written, else not started.
 */
public final class StatusWords {
    private static final Map<String, Status> WORDS = Map.ofEntries(
            Map.entry("已完成", Status.DONE),
            Map.entry("已整改", Status.DONE),
            Map.entry("已销号", Status.DONE),
            Map.entry("整改完成", Status.DONE),
            Map.entry("正在推进", Status.IN_PROGRESS),
            Map.entry("推进中", Status.IN_PROGRESS),
            Map.entry("整改中", Status.IN_PROGRESS),
            Map.entry("正在整改", Status.IN_PROGRESS),
            Map.entry("长期坚持", Status.LONG_TERM),
            Map.entry("持续推进", Status.LONG_TERM),
            Map.entry("未启动", Status.NOT_STARTED),
            Map.entry("未开始", Status.NOT_STARTED));

    /** The answer a yes/no column gives to "is it done?". */
    public enum Answer {
        YES,
        NO
    }

    private static final Map<String, Answer> ANSWERS = Map.ofEntries(
            Map.entry("是", Answer.YES),
            Map.entry("完成", Answer.YES),
            Map.entry("√", Answer.YES),
            Map.entry("✓", Answer.YES),
            Map.entry("✔", Answer.YES),
            Map.entry("☑", Answer.YES),
            Map.entry("否", Answer.NO),
            Map.entry("未完成", Answer.NO),
            Map.entry("×", Answer.NO),
            Map.entry("✗", Answer.NO),
            Map.entry("✘", Answer.NO),
            Map.entry("☐", Answer.NO));

    private StatusWords() {
    }

    /**
     * The status a word names when nothing else of its row is known: a "no" (否, 未完成) is then not
     * started. Empty for a word that is a judgement call (基本完成).
     */
    public static Optional<Status> classify(String word) {
        return classify(word, false);
    }

    /**
     * The status a word names on a row whose progress is written ({@code progressWritten}) or not:
     * a "no" (否, ×, ☐, 未完成) is in progress with progress written, else not started. Empty for a
     * word that is a judgement call (基本完成).
     */
    public static Optional<Status> classify(String word, boolean progressWritten) {
        String w = strip(word);
        if (w == null) {
            return Optional.empty();
        }
        Status named = WORDS.get(w);
        if (named != null) {
            return Optional.of(named);
        }
        return Optional.ofNullable(ANSWERS.get(w)).map(a -> switch (a) {
            case YES -> Status.DONE;
            case NO -> progressWritten ? Status.IN_PROGRESS : Status.NOT_STARTED;
        });
    }

    /** The yes/no answer a word gives (是, √, ☑, 完成 / 否, ×, ☐, 未完成); empty for any other word. */
    public static Optional<Answer> answer(String word) {
        String w = strip(word);
        return w == null ? Optional.empty() : Optional.ofNullable(ANSWERS.get(w));
    }

    private static String strip(String word) {
        if (word == null) {
            return null;
        }
        return word.strip().replace(" ", "").replace("\u3000", "");
    }
}
