package io.github.rectification.ledger.exchange.distribution;

import io.github.rectification.ledger.domain.CloseOut;
import io.github.rectification.ledger.domain.DayTexts;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a distributed workbook's 填表说明 that tells the department which of its measures had
 * their close-out (销号) sent back (退回), each with the office's opinion and the day, so that it
 * continues them and asks again. Document content: the sentences are the workbook's own.
 */
final class SentBackList {
    /** One measure sent back, under its problem. */
    record Item(Problem problem, Measure measure, CloseOut closeOut) {
    }

    private static final int TEXT_LENGTH = 30;

    private SentBackList() {
    }

    /** The heading "六、…" and one line per measure; nothing when none was sent back. */
    static List<String> lines(List<Item> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add("六、下列" + items.size() + "项整改措施的销号申请已被退回，请按退回意见继续整改，完成后在【申请销号】选“是”重新申请：");
        int n = 0;
        for (Item item : items) {
            CloseOut c = item.closeOut();
            String when = c.decidedAt() == null ? ""
                    : "（" + DayTexts.chinese(c.decidedAt().atZone(ZoneId.systemDefault()).toLocalDate()) + "退回）";
            out.add("    " + ++n + ". " + label(item.problem(), item.measure()) + "："
                    + (c.opinion().isBlank() ? "未写退回意见" : "退回意见：" + c.opinion().strip()) + when);
        }
        return out;
    }

    /** A measure as the list names it: its problem's and its own sequence label, and its text shortened. */
    private static String label(Problem p, Measure m) {
        String text = m.text() == null ? "" : m.text().strip();
        int cut = text.offsetByCodePoints(0, Math.min(text.codePointCount(0, text.length()), TEXT_LENGTH));
        String seq = (p.seq() == null ? "" : p.seq().strip()) + (m.seq() == null ? "" : m.seq().strip());
        return (seq.isEmpty() ? "" : seq + " ") + "“" + text.substring(0, cut) + (cut < text.length() ? "…" : "") + "”";
    }
}
