package io.github.rectification.ledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rectification.ledger.domain.Status;
import io.github.rectification.ledger.exchange.importer.ConflictChoice;
import io.github.rectification.ledger.exchange.importer.ImportJob;
import io.github.rectification.ledger.exchange.importer.ImportOptions;
import io.github.rectification.ledger.exchange.importer.ImportPlan;
import io.github.rectification.ledger.exchange.importer.ImportWarning;
import io.github.rectification.ledger.exchange.importer.LedgerImporter;
import io.github.rectification.ledger.exchange.read.ImportRejectedException;
import io.github.rectification.ledger.store.LedgerStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE... --db DB [--dry-run] [--json] [--password P] [--delete-missing] [--take workbook|ledger]}
 * or {@code import --undo --db DB}:
 * reads Excel ledgers into a ledger file, each in one transaction (exit 0), or refuses them and changes
 * nothing (exit 3). A returned export is merged field by field against the values it was sent with;
 * a field both sides changed is a conflict, left as it is unless {@code --take} decides it.
 * A status word the list does not know is taken as 正在推进 and said so in the warnings. A return keeps
 * the before-image of what it writes in the ledger; {@code --undo} puts the ledger back as it was
 * before the newest such import.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "导入 Excel 台账(.xlsx/.xls,按内容识别格式)。全部写入或全部不写;写入前备份台账文件。")
final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Excel 台账文件(可多个,依次导入)")
    List<Path> workbooks = List.of();

    private Path workbook;

    @Mixin
    LedgerFileOption db;

    @Option(names = "--dry-run", description = "只预览将新增、更新、保持不变的记录,不写入")
    boolean dryRun;

    @Option(names = "--json", description = "以 JSON 输出结果")
    boolean json;

    @Option(names = "--password", paramLabel = "P", description = "工作簿的打开密码")
    String password;

    @Option(names = "--delete-missing", description = "重新导入导出的台账时,删除工作簿中已没有的记录")
    boolean deleteMissing;

    @Option(names = "--take", paramLabel = "workbook|ledger",
            description = "冲突(工作簿与台账都改了同一项)一律取工作簿的值(workbook)或保留台账的值(ledger);不给时冲突留待决定")
    String take;

    @Option(names = "--undo", description = "把台账恢复到最近一次导入报送之前(按导入时保存在台账中的原值);可重复执行,逐次往前恢复")
    boolean undo;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConflictChoice choice = choice();
        ImportOptions options = ImportOptions.defaults().withPassword(password).withDeleteMissing(deleteMissing)
                .withTake(choice).withBeforeImage(true);
        Path ledger = db.file.toAbsolutePath();
        if (Files.isDirectory(ledger)) {
            throw new RejectedInputException(Messages.TEXTS.text("ledger.folder", ledger));
        }
        if (undo != workbooks.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Messages.TEXTS.text(undo ? "import.undoWithFiles" : "import.noFiles"));
        }
        if (undo) {
            return undoLast(ledger);
        }
        List<ImportPlan> plans = new java.util.ArrayList<>();
        ImportJob job = new ImportJob(options);
        try {
            if (!dryRun && workbooks.size() > 1) {
                // every file is checked before the first is written: a refused one changes nothing
                previewAll(ledger, job);
            }
            for (Path w : workbooks) {
                workbook = w;
                plans.add(dryRun ? preview(ledger, job) : importInto(ledger, job));
            }
        } catch (ImportRejectedException e) {
            throw new RejectedInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            out.println(mapper.writeValueAsString(plans.size() == 1 ? toJson(plans.get(0))
                    : plans.stream().map(ImportCommand::toJson).toList()));
        } else {
            plans.forEach(p -> print(out, p));
        }
        out.flush();
        return 0;
    }

    /** Puts the ledger back as it was before its newest import of a return that kept a before-image. */
    private int undoLast(Path ledger) throws Exception {
        try (LedgerStore store = LedgerStore.open(ledger)) {
            if (store.readOnly()) {
                throw new RejectedInputException(Messages.TEXTS.text(store.writeProtected() ? "import.undoProtected"
                        : "ledger.busy", ledger));
            }
            io.github.rectification.ledger.store.BeforeImages.BeforeImage image;
            try {
                image = store.beforeImages().restoreNewest();
            } catch (IllegalStateException e) {
                throw new RejectedInputException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("undone", image.fileName());
                m.put("made", image.made());
                m.put("rows", image.rows());
                out.println(new ObjectMapper().writeValueAsString(m));
            } else {
                out.println(Messages.TEXTS.text("import.undone", image.fileName(), image.made(),
                        String.valueOf(image.rows())));
            }
            out.flush();
            return 0;
        }
    }

    private ConflictChoice choice() {
        if (take == null) {
            return null;
        }
        return switch (take.strip()) {
            case "workbook" -> ConflictChoice.WORKBOOK;
            case "ledger" -> ConflictChoice.LEDGER;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--take 只能是 workbook 或 ledger: " + take);
        };
    }

    /**
     * Imports with the ledger opened only once the workbook has been read and checked: a refused
     * workbook never opens it for writing (no daily backup, no import backup, no write). A ledger
     * file that does not exist yet is made at once and the workbook checked while it is written; an
     * import that fails there leaves neither the file nor the folders made for it.
     */
    private ImportPlan importInto(Path ledger, ImportJob job) throws Exception {
        boolean isNew = !Files.exists(ledger);
        Path madeFolder = isNew ? firstMissingFolder(ledger) : null;
        LedgerStore[] opened = new LedgerStore[1];
        boolean imported = false;
        try {
            LedgerImporter.Ledger open = () -> opened[0] = LedgerStore.open(ledger);
            ImportPlan plan = job.apply(workbook, isNew ? LedgerImporter.Ledger.newFile(open) : open);
            imported = true;
            return plan;
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
            if (!imported && isNew && LedgerStore.removeIfEmpty(ledger) && madeFolder != null) {
                removeEmptyFolders(ledger.getParent(), madeFolder);
            }
        }
    }

    /** The outermost folder of {@code file}'s path that does not exist yet, or null when its folder exists. */
    private static Path firstMissingFolder(Path file) {
        Path missing = null;
        for (Path p = file.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** Removes {@code folder} and its parents up to {@code outermost}, while they are empty. */
    private static void removeEmptyFolders(Path folder, Path outermost) {
        for (Path p = folder; p != null; p = p.getParent()) {
            try {
                Files.delete(p);
            } catch (java.io.IOException e) {
                return;
            }
            if (p.equals(outermost)) {
                return;
            }
        }
    }

    /** Previews every workbook against the ledger opened (read-only) once for all of them. */
    private void previewAll(Path ledger, ImportJob job) throws Exception {
        if (!Files.exists(ledger) || Files.size(ledger) == 0) {
            for (Path w : workbooks) {
                workbook = w;
                preview(ledger, job);
            }
            return;
        }
        try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
            for (Path w : workbooks) {
                workbook = w;
                job.preview(workbook, store);
            }
        }
    }

    /** A preview against the ledger, or against an empty one when the file does not exist yet (none is created). */
    private ImportPlan preview(Path ledger, ImportJob job) throws Exception {
        if (Files.exists(ledger) && Files.size(ledger) > 0) {
            try (LedgerStore store = LedgerStore.openReadOnly(ledger)) {
                return job.preview(workbook, store);
            }
        }
        Path dir = Files.createTempDirectory("ledger-preview");
        try (LedgerStore store = LedgerStore.open(dir.resolve("preview.zgtz"))) {
            return job.preview(workbook, store);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Map<String, Object> toJson(ImportPlan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inspections", plan.inspections());
        m.put("problems", plan.problems());
        m.put("measures", plan.measures());
        m.put("added", plan.added());
        m.put("updated", plan.updated());
        m.put("unchanged", plan.unchanged());
        List<Map<String, Object>> warnings = new java.util.ArrayList<>();
        for (ImportWarning w : plan.warnings()) {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("sheet", w.sheet());
            wm.put("row", w.row());
            wm.put("column", w.column());
            wm.put("message", w.message());
            warnings.add(wm);
        }
        m.put("warnings", warnings);
        m.put("batch", plan.batch());
        m.put("department", plan.department());
        List<Map<String, Object>> conflicts = new java.util.ArrayList<>();
        for (ImportPlan.ConflictItem c : plan.conflicts()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("measure_uid", c.measureUid());
            cm.put("field", c.field());
            cm.put("base", c.base());
            cm.put("ledger", c.ledger());
            cm.put("workbook", c.workbook());
            cm.put("sheet", c.sheet());
            cm.put("row", c.row());
            cm.put("column", c.column());
            cm.put("decision", c.decision());
            conflicts.add(cm);
        }
        m.put("conflicts", conflicts);
        return m;
    }

    private static String nz(String s) {
        return s == null ? "(无)" : s;
    }

    private void print(PrintWriter out, ImportPlan plan) {
        out.println((plan.applied() ? "已导入 " : "预览(未写入) ") + plan.fileName() + ": "
                + plan.inspections() + " 个巡察、" + plan.problems() + " 个问题、" + plan.measures() + " 条整改措施");
        StringBuilder status = new StringBuilder();
        for (Status s : Status.values()) {
            status.append(status.length() == 0 ? "" : ",").append(s.word()).append(' ').append(plan.byStatus().get(s));
        }
        out.println("完成情况: " + status);
        out.println("新增 " + plan.added() + " 条,更新 " + plan.updated() + " 条,未变 " + plan.unchanged() + " 条"
                + (plan.deleted() > 0 ? ",工作簿中已没有 " + plan.deleted() + " 条" + (plan.deletedApplied() ? "(已删除)" : "(未删除)") : ""));
        for (ImportPlan.SheetNote n : plan.sheets()) {
            out.println("工作表“" + n.sheet() + "”: " + n.note());
        }
        for (ImportPlan.ConflictItem c : plan.conflicts()) {
            out.println("冲突 " + c.sheet() + "!" + c.column() + c.row() + " " + c.field() + ": 发出时“" + nz(c.base())
                    + "”,台账“" + c.ledger() + "”,工作簿“" + c.workbook() + "”"
                    + (c.decision() == null ? "(未决定,保持台账的值)" : c.decision().equals("workbook") ? "(取工作簿的值)" : "(保留台账的值)"));
        }
        if (plan.backup() != null) {
            out.println(Messages.TEXTS.text("import.backup", plan.backup()));
        }
        if (plan.beforeImage()) {
            out.println(Messages.TEXTS.text("import.beforeImage"));
        }
        if (!plan.warnings().isEmpty()) {
            out.println("提示 " + plan.warnings().size() + " 条:");
            for (ImportWarning w : plan.warnings()) {
                out.println("  " + w);
            }
        }
    }
}
