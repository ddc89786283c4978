package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.Measure;
import io.github.rectification.ledger.domain.MeasureField;
import io.github.rectification.ledger.domain.RecordKind;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code edit --db DB --measure UID --set FIELD=VALUE... [--json]}: changes fields of one measure in
 * one transaction, one history row per changed field. An unknown field or a value that cannot be
 * read is refused with exit 3 and nothing is changed.
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "修改一条整改措施的字段(一次写入,每个字段记入修改记录)。")
final class EditCommand implements Callable<Integer> {
    @Mixin
    LedgerFileOption db;

    @Option(names = "--measure", required = true, paramLabel = "UID", description = "整改措施的稳定编号(见 dump --json 的 uid)")
    String measure;

    @Option(names = "--set", required = true, arity = "1..*", paramLabel = "FIELD=VALUE",
            description = "字段: text, leader, department, supporting_departments, person, deadline, status,"
                    + " progress, completed_on, remarks")
    List<String> sets;

    @Option(names = "--json", description = "以 JSON 输出结果")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Map.Entry<MeasureField, Object>> changes = new ArrayList<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new RejectedInputException(Messages.TEXTS.text("edit.set", set));
            }
            String code = set.substring(0, eq).strip();
            MeasureField f = MeasureField.fromCode(code).filter(x -> x != MeasureField.SEQ)
                    .orElseThrow(() -> new RejectedInputException(Messages.TEXTS.text("edit.field", code)));
            changes.add(Map.entry(f, FieldValues.read(f, set.substring(eq + 1))));
        }
        db.checkExisting();
        try (LedgerStore store = LedgerStore.open(db.file.toAbsolutePath())) {
            if (store.readOnly()) {
                throw new RejectedInputException(Messages.TEXTS.text("edit.busy", store.file()));
            }
            long id = store.history().idOfUid(RecordKind.MEASURE, measure)
                    .orElseThrow(() -> new RejectedInputException(Messages.TEXTS.text("edit.measure", store.file(), measure)));
            Measure before = store.inspections().measure(id).orElseThrow();
            Measure after = before;
            for (Map.Entry<MeasureField, Object> c : changes) {
                after = c.getKey().with(after, c.getValue());
            }
            if (!after.equals(before)) {
                store.inspections().update(after);
            }
            print(before, after, changes);
        }
        return 0;
    }

    private void print(Measure before, Measure after, List<Map.Entry<MeasureField, Object>> changes) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> changed = new ArrayList<>();
        for (MeasureField f : changes.stream().map(Map.Entry::getKey).distinct().toList()) {
            if (!java.util.Objects.equals(f.of(before), f.of(after))) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("field", f.code());
                m.put("old", f.text(f.of(before)));
                m.put("new", f.text(f.of(after)));
                changed.add(m);
            }
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("measure_uid", measure);
            m.put("changed", changed);
            out.println(new ObjectMapper().writeValueAsString(m));
        } else if (changed.isEmpty()) {
            out.println("没有改变");
        } else {
            for (Map<String, Object> c : changed) {
                out.println(c.get("field") + ": “" + c.get("old") + "” → “" + c.get("new") + "”");
            }
        }
        out.flush();
    }
}
