package io.github.rectification.ledger.cli;

import io.github.rectification.ledger.exchange.export.ExportJob;
import io.github.rectification.ledger.exchange.export.ExportPaper;
import io.github.rectification.ledger.exchange.export.ExportProgress;
import io.github.rectification.ledger.exchange.export.ExportSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export FILE.xlsx --db DB [--inspection ID]}: writes the ledger as an Excel workbook. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "把台账导出为 Excel 工作簿(每个巡察一张工作表,另有问责情况、建章立制),可编辑后再导入。")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "要写入的 Excel 文件")
    Path file;

    @Mixin
    LedgerFileOption db;

    @Option(names = "--inspection", paramLabel = "ID", description = "只导出这一个巡察(编号见 dump)")
    Long inspection;

    @Option(names = "--department", paramLabel = "D",
            description = "发给这个牵头部门:收回时,对其他部门措施的修改一律作为冲突")
    String department;

    @Option(names = "--paper", paramLabel = "A4|A3", description = "打印纸张(横向):A4(默认,正文打印不小于10.5磅)或 A3(放大打印)")
    ExportPaper paper = ExportPaper.A4;

    @Override
    public Integer call() throws Exception {
        db.checkExisting();
        // opened for writing: the export records its batch and the measures as sent
        ExportSummary s = new ExportJob(db.file, ExportJob.Access.RECORDING).department(department).paper(paper)
                .inspection(inspection).run(file, ExportProgress.NONE, store -> {
                    if (inspection != null) {
                        Inspections.require(store, inspection);
                    }
                });
        spec.commandLine().getOut().printf("已导出 %d 个巡察、%d 个问题、%d 条整改措施、%d 条问责、%d 项制度到 %s%n",
                s.inspections(), s.problems(), s.measures(), s.accountability(), s.institutions(), s.file());
        if (s.batch() != null) {
            spec.commandLine().getOut().printf("发出批次 %s%s%n", s.batch(),
                    department == null ? "" : "(" + department.strip() + ")");
        } else {
            spec.commandLine().getErr().println("台账文件正被其他程序使用,未记录发出批次:收回时将按两方比较");
        }
        return 0;
    }
}
