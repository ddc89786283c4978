package io.github.rectification.ledger.report.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rectification.ledger.domain.ChinesePunctuation;
import io.github.rectification.ledger.domain.CountingRule;
import io.github.rectification.ledger.domain.Inspection;
import io.github.rectification.ledger.domain.Ledger;
import io.github.rectification.ledger.report.NoticeLedger;
import io.github.rectification.ledger.report.notice.NoticeParagraph.Role;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notice reads like the office's own: its punctuation, opening, signature, date and contact line. */
class NoticeOfficeTextTest {
    static final LocalDate AS_OF = LocalDate.of(2022, 9, 15);

    @TempDir
    Path dir;

    Ledger ledger(boolean round) throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("n" + round + ".zgtz"))) {
            Inspection i = NoticeLedger.build(store, 0);
            if (round) {
                store.inspections().update(i.withRound("巡察“回头看”", "中共温州市民政局党组"));
            }
            return store.inspections().snapshot();
        }
    }

    NoticeDraft draft(Ledger l, NoticeContact contact) {
        return NoticeDrafter.draft(l, l.inspections().get(0), CountingRule.DEFAULT,
                new NoticeOptions(AS_OF, NoticeLedger.DAY, null, contact));
    }

    static List<String> realLines() throws Exception {
        return Files.readAllLines(Path.of(System.getProperty("samples.dir"), "..", "reference",
                "notice-2022-wenzhou-civil-affairs.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void noHalfWidthPunctuationInTheChineseText() throws Exception {
        String text = draft(ledger(true), new NoticeContact("89985051", "89993699", "570484769@qq.com")).text();
        assertThat(text).doesNotContain(",", ":", ";", "(", ")", "!", "?", "\"");
        assertThat(text).contains("整改完成率99.31%").contains("（一）关于").contains("570484769@qq.com");
    }

    @Test
    void openingNamesGroupRoundAndDatesAsTheRealNotice() throws Exception {
        NoticeDraft d = draft(ledger(true), NoticeContact.NONE);
        assertThat(d.paragraphs().get(0).plain()).isEqualTo("中共温州市民政局党组关于巡察“回头看”整改落实情况的通报");
        assertThat(d.paragraphs().get(1).plain()).isEqualTo(ChinesePunctuation.normalize(realLines().get(3)));
    }

    @Test
    void signatureIsTheIssuingBodyAndDateTheNoticeDate() throws Exception {
        List<NoticeParagraph> ps = draft(ledger(true), NoticeContact.NONE).paragraphs();
        assertThat(ps.get(ps.size() - 2)).isEqualTo(NoticeParagraph.of(Role.SIGNATURE, "中共温州市民政局党组"));
        assertThat(ps.get(ps.size() - 1)).isEqualTo(NoticeParagraph.of(Role.DATE, "2022年7月28日"));
    }

    @Test
    void theFiguresSentenceStatesItsReferenceDate() throws Exception {
        NoticeDraft d = draft(ledger(true), NoticeContact.NONE);
        assertThat(d.paragraphs()).extracting(NoticeParagraph::plain)
                .contains("截至2022年9月15日，" + NoticeDrafterTest.SENTENCE);
        String realSentence = ChinesePunctuation.normalize(realLines().stream()
                .filter(l -> l.startsWith("针对")).findFirst().orElseThrow());
        // the published notice got its rate wrong (99.13%); every other word is reproduced from the ledger
        assertThat(NoticeDrafterTest.SENTENCE).isEqualTo(realSentence.replace("99.13%", "99.31%"));
    }

    @Test
    void contactLineFromTheSettingsAndABlankWhereNoneGiven() throws Exception {
        Ledger l = ledger(true);
        String full = draft(l, new NoticeContact("89985051", "89993699", "570484769@qq.com")).text();
        assertThat(full).contains("如有意见建议，请及时向我们反映。联系电话：89985051，传真号码：89993699，电子邮箱：570484769@qq.com。");
        String empty = draft(l, NoticeContact.NONE).text();
        assertThat(empty).contains("联系电话：" + NoticeContact.BLANK + "，电子邮箱：" + NoticeContact.BLANK + "。");
    }

    @Test
    void contactKeptInTheLedgerSettings() throws Exception {
        try (LedgerStore store = LedgerStore.open(dir.resolve("c.zgtz"))) {
            new NoticeContact("1", "2", "a@b.cn").save(store);
        }
        try (LedgerStore store = LedgerStore.open(dir.resolve("c.zgtz"))) {
            assertThat(NoticeContact.of(store)).isEqualTo(new NoticeContact("1", "2", "a@b.cn"));
        }
    }
}
