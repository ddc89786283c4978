package io.github.rectification.ledger.report.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.ChinesePunctuation;
import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.domain.LedgerFigures;
import io.github.rectification.ledger.report.NoticeLedger;
import io.github.rectification.ledger.report.notice.NoticeParagraph.Role;
import io.github.rectification.ledger.report.stats.Finding;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeDrafterTest {
    static final String SENTENCE = "针对市委第一巡察组反馈的29个问题，制定145条整改措施，已完成整改144条措施，整改完成率99.31%；"
            + "尚未整改到位1个问题（1条整改措施）。在巡察整改中，批评教育2人，提醒谈话6人，建章立制27项，"
            + "其中新制定制度13项，修订完善制度14项。";

    @TempDir
    Path dir;

    Ledger ledger(int longTerm) throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("n" + longTerm + ".zgtz"))) {
            NoticeLedger.build(store, longTerm);
            return store.inspections().snapshot();
        }
    }

    @Test
    void summaryParagraphHoldsEveryFigureOfTheTemplate() throws Exception {
        NoticeDraft draft = NoticeDrafter.draft(ledger(0), CountingRule.DEFAULT, NoticeLedger.DAY);
        assertThat(draft.paragraphs()).extracting(NoticeParagraph::plain).contains("截至2022年7月28日，" + SENTENCE);
        assertThat(draft.text()).contains(SENTENCE);
    }

    @Test
    void longTermMeasuresAreNamedInTheSentence() throws Exception {
        NoticeDraft draft = NoticeDrafter.draft(ledger(4), CountingRule.DEFAULT, NoticeLedger.DAY);
        assertThat(draft.text()).contains("已完成整改144条措施（含长期坚持4条），整改完成率99.31%；");
    }

    @Test
    void aClauseForEachAccountabilityKindPresentAndNoneForZero() throws Exception {
        Ledger full = ledger(0);
        Ledger onlyTalks = new Ledger(full.inspections(), full.problems(), full.measures(),
                full.accountability().stream().filter(a -> a.kind().equals("提醒谈话")).toList(), List.of());
        String s = SummarySentence.of(NoticeLedger.GROUP, LedgerFigures.of(onlyTalks, CountingRule.DEFAULT,
                NoticeLedger.DAY));
        assertThat(s).endsWith("在巡察整改中，提醒谈话6人。").doesNotContain("批评教育").doesNotContain("建章立制");
        Ledger none = new Ledger(full.inspections(), full.problems(), full.measures(), List.of(), List.of());
        assertThat(SummarySentence.of(NoticeLedger.GROUP, LedgerFigures.of(none, CountingRule.DEFAULT,
                NoticeLedger.DAY))).doesNotContain("在巡察整改中").endsWith("（1条整改措施）。");
    }

    @Test
    void oneSectionPerProblemFromItsMeasuresProgress() throws Exception {
        NoticeDraft draft = NoticeDrafter.draft(ledger(0), CountingRule.DEFAULT, NoticeLedger.DAY);
        List<NoticeParagraph> sections = draft.paragraphs().stream().filter(p -> p.role() == Role.SECTION).toList();
        assertThat(sections).hasSize(29);
        assertThat(sections.get(0).lead()).isEqualTo("（一）关于“党组领导核心作用发挥不充分”问题的整改情况。");
        // progress that tells what was done, else (a bare status phrase, or none) the measure's own text
        assertThat(sections.get(0).text()).isEqualTo("一是问题1措施1已落实：召开专题会议研究部署，形成制度文件并印发执行，定期督查推进，取得阶段成效。"
                + "二是问题1措施2已落实：召开专题会议研究部署，形成制度文件并印发执行，定期督查推进，取得阶段成效。"
                + "三是问题1措施3已落实：召开专题会议研究部署，形成制度文件并印发执行，定期督查推进，取得阶段成效。"
                + "四是问题1的第4条整改措施。"
                + "五是问题1措施5已落实：召开专题会议研究部署，形成制度文件并印发执行，定期督查推进，取得阶段成效。");
        assertThat(sections.get(28).lead()).isEqualTo("（二十九）关于“历史遗留问题化解力度不够”问题的整改情况。");
        // an unfinished measure keeps its plan, as the real notice does ("下一步，…")
        assertThat(sections.get(28).text()).contains("三是下一步，推进螺丝厂改制工作，有效解决职工集资款问题。");
    }

    @Test
    void theDraftHasTheShapeOfTheRealNotice() throws Exception {
        NoticeDraft draft = NoticeDrafter.draft(ledger(0), CountingRule.DEFAULT, NoticeLedger.DAY);
        List<NoticeParagraph> ps = draft.paragraphs();
        assertThat(ps.get(0)).isEqualTo(NoticeParagraph.of(Role.TITLE, "中共市民政局党组关于巡察整改落实情况的通报"));
        assertThat(ps.get(1).text()).startsWith("根据市委统一部署，2021年9月23日至11月30日，市委第一巡察组对市民政局党组开展了巡察。"
                + "2022年1月14日，市委第一巡察组向市民政局党组反馈了巡察意见。");
        assertThat(ps).filteredOn(p -> p.role() == Role.HEADING).extracting(NoticeParagraph::text)
                .extracting(t -> t.substring(0, 2)).containsExactly("一、", "二、", "三、");
        assertThat(ps.get(ps.size() - 2)).isEqualTo(NoticeParagraph.of(Role.SIGNATURE, "中共市民政局党组"));
        assertThat(ps.get(ps.size() - 1)).isEqualTo(NoticeParagraph.of(Role.DATE, "2022年7月28日"));
        assertThat(draft.text()).contains("对1项列入后续整改的任务");
    }

    @Test
    void anEditedClosingTemplateIsUsed() throws Exception {
        Ledger l = ledger(0);
        NoticeDraft draft = NoticeDrafter.draft(l, l.inspections().get(0), CountingRule.DEFAULT, NoticeLedger.DAY,
                "三、下一步工作\n{单位}将持续抓好{后续整改任务数}项任务的整改。");
        assertThat(draft.text()).contains("三、下一步工作\n市民政局党组将持续抓好1项任务的整改。\n");
    }

    @Test
    void theTextReadsBackWithTheSameLayout() throws Exception {
        NoticeDraft draft = NoticeDrafter.draft(ledger(0), CountingRule.DEFAULT, NoticeLedger.DAY);
        assertThat(NoticeDraft.parse(draft.text())).isEqualTo(draft);
    }

    @Test
    void figuresTypedIntoTheDraftAreCheckedAgainstTheLedger() throws Exception {
        Ledger l = ledger(0);
        LedgerFigures f = LedgerFigures.of(l, CountingRule.DEFAULT, NoticeLedger.DAY);
        NoticeDraft draft = NoticeDrafter.draft(l, CountingRule.DEFAULT, NoticeLedger.DAY);
        assertThat(NoticeFigureCheck.check(draft.text(), f)).isEmpty();

        String real = Files.readString(Path.of(System.getProperty("samples.dir"), "..", "reference",
                "notice-2022-wenzhou-civil-affairs.txt"), StandardCharsets.UTF_8);
        List<Finding> findings = NoticeFigureCheck.check(real, f);
        assertThat(findings).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Finding.Kind.NOTICE_FIGURE_MISMATCH);
            assertThat(x.message()).contains("99.13%").contains("99.31%");
        });

        String edited = draft.text().replace("提醒谈话6人", "提醒谈话7人").replace("制定145条", "制定146条");
        assertThat(NoticeFigureCheck.check(edited, f)).extracting(Finding::message).containsExactly(
                "通报稿中整改措施数写为146条,台账为145条", "通报稿中提醒谈话人数写为7人,台账为6人");
    }

    @Test
    void theSeedLedgerGivesTheSectionsOfTheRealNotice() throws Exception {
        Ledger seed;
        try (LedgerStore store = io.github.rectification.ledger.testsupport.SeedLedger.create(dir.resolve("s.zgtz"))) {
            seed = store.inspections().snapshot();
        }
        String real = Files.readString(Path.of(System.getProperty("samples.dir"), "..", "reference",
                "notice-2022-wenzhou-civil-affairs.txt"), StandardCharsets.UTF_8);
        real = ChinesePunctuation.normalize(real);
        List<NoticeParagraph> sections = NoticeDrafter.draft(seed, CountingRule.DEFAULT, NoticeLedger.DAY)
                .paragraphs().stream().filter(p -> p.role() == Role.SECTION).toList();
        assertThat(sections).hasSize(14);
        assertThat(sections.get(0).plain()).startsWith("（一）关于“党组领导核心作用发挥不充分”问题的整改情况。一是加强理论武装。")
                .contains("二是加强养老服务统筹谋划。").contains("三是扎实开展安全隐患整治。");
        assertThat(sections.get(4).plain()).startsWith("（五）关于“落实意识形态工作不够到位”问题的整改情况。")
                .doesNotContain("一是");
        // the passages of the finished problems are those of the published notice; the unfinished
        // one (十三) reports its progress
        assertThat(sections.get(12).plain()).contains("螺丝厂");
        for (NoticeParagraph p : sections) {
            if (p == sections.get(12)) {
                continue;
            }
            for (String passage : p.text().split("[一二三四五六七八九十]+是")) {
                if (!passage.isBlank()) {
                    assertThat(real).as(p.lead()).contains(passage.substring(0, Math.min(30, passage.length())));
                }
            }
        }
    }
}
