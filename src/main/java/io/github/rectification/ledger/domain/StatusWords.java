package io.github.rectification.ledger.domain;

import java.util.Map;
import java.util.Optional;

/** The one place where the words of the 完成情况 column are mapped to a status. */
public final class StatusWords {
    private static final Map<String, Status> WORDS = Map.ofEntries(
            Map.entry("已完成", Status.DONE),
            Map.entry("完成", Status.DONE),
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
            Map.entry("未完成", Status.NOT_STARTED),
            Map.entry("未开始", Status.NOT_STARTED));

    private StatusWords() {
    }

    public static Optional<Status> classify(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.strip().replace(" ", "").replace("\u3000", "");
        return Optional.ofNullable(WORDS.get(w));
    }
}
