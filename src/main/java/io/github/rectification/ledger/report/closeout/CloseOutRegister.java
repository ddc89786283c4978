package io.github.rectification.ledger.report.closeout;

import io.github.rectification.ledger.domain.DayTexts;
import io.github.rectification.ledger.domain.CloseOut;
import io.github.rectification.ledger.domain.CloseOutState;
import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.Problem;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The close-out register (对账销号表) of one inspection: a row per measure with its problem,
 * responsibility, deadline, result, evidence, the verifier's opinion and whether and when it was
 * struck off. Laid out once, written to Excel and to PDF alike.
 */
public record CloseOutRegister(String title, String dateLine, List<String> columns, List<Double> widths,
        List<List<String>> rows, int closed, int requested, int returned) {

    public static final List<String> COLUMNS = List.of("序号", "问题", "整改措施", "责任单位/责任人", "整改时限",
            "整改结果", "佐证材料", "审核意见", "是否销号", "销号时间");
    /** Relative widths of the columns on a PDF page. */
    public static final List<Double> WIDTHS = List.of(6.0, 20.0, 27.0, 13.0, 10.0, 23.0, 14.0, 12.0, 10.0, 11.0);

    public CloseOutRegister {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static CloseOutRegister of(LedgerStore store, Inspection inspection, LocalDate asOf) {
        Map<String, CloseOut> closeOuts = store.closeOut().all();
        Map<String, List<String>> evidence = new HashMap<>();
        for (Evidence e : store.evidence().all()) {
            if (e.owner().kind() == EvidenceOwner.Kind.MEASURE) {
                evidence.computeIfAbsent(e.owner().uid(), k -> new ArrayList<>()).add(e.name());
            }
        }
        Map<Long, String> uids = store.history().uids(RecordKind.MEASURE);
        List<List<String>> rows = new ArrayList<>();
        int closed = 0;
        int requested = 0;
        int returned = 0;
        int n = 0;
        for (Problem p : store.inspections().problemsInOrder(inspection.id())) {
            for (Measure m : store.inspections().measures(p.id())) {
                String uid = uids.get(m.id());
                CloseOut c = closeOuts.getOrDefault(uid, CloseOut.NONE);
                switch (c.state()) {
                    case CLOSED -> closed++;
                    case REQUESTED -> requested++;
                    case RETURNED -> returned++;
                    default -> { }
                }
                rows.add(List.of(Integer.toString(++n), join(p.seq(), p.title()), join(m.seq(), m.text()),
                        responsibility(m), m.deadline().display(), result(m), String.join("、",
                        evidence.getOrDefault(uid, List.of())), opinion(c), struckOff(c.state()),
                        c.state() == CloseOutState.CLOSED && c.decidedAt() != null
                                ? c.decidedAt().atZone(ZoneId.systemDefault()).toLocalDate().toString() : ""));
            }
        }
        return new CloseOutRegister(inspection.name() + "对账销号表",
                "截至" + DayTexts.chinese(asOf) + "，共" + n
                        + "条整改措施，已销号" + closed + "条，待销号" + requested + "条，退回" + returned + "条",
                COLUMNS, WIDTHS, rows, closed, requested, returned);
    }

    private static String join(String seq, String text) {
        return seq == null || seq.isBlank() ? text : seq + text;
    }

    private static String responsibility(Measure m) {
        String who = m.person().isBlank() ? m.leader() : m.person();
        if (m.department().isBlank()) {
            return who;
        }
        return who.isBlank() ? m.department() : m.department() + "/" + who;
    }

    private static String result(Measure m) {
        return m.progress().isBlank() ? m.status().word() : m.status().word() + "：" + m.progress();
    }

    private static String opinion(CloseOut c) {
        if (c.state() == CloseOutState.CLOSED && !c.override().isEmpty()) {
            return c.opinion().isEmpty() ? "无佐证材料销号：" + c.override()
                    : c.opinion() + "（无佐证材料销号：" + c.override() + "）";
        }
        return c.state() == CloseOutState.CLOSED || c.state() == CloseOutState.RETURNED ? c.opinion() : "";
    }

    private static String struckOff(CloseOutState s) {
        return switch (s) {
            case CLOSED -> "是";
            case REQUESTED -> "待审核";
            case RETURNED -> "退回";
            case NOT_REQUESTED -> "否";
        };
    }
}
