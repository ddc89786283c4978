package io.github.rectification.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderTest {
    static final Reminder LATE = new Reminder("财务处", LocalDate.of(2026, 11, 20), "市委第一巡察组-财务处-20261120.xlsx",
            12, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), "  局整改办  ");

    @Test
    void theDefaultTemplateNamesThePartItsDueDayAndWhomToReturnItTo() {
        String text = LATE.text(null);
        assertThat(text.lines()).containsExactly(
                "关于催报巡察整改落实情况的通知",
                "财务处：",
                "2026年11月20日，我办下发了《市委第一巡察组-财务处-20261120》，请贵单位填写所牵头的12项整改措施的整改进展情况，"
                        + "并于2026年12月1日前报送。截至2026年12月7日，尚未收到贵单位报送的材料。",
                "请高度重视，抓紧组织填写，尽快报送至局整改办。如有困难，请及时与我办联系。",
                "巡察整改工作领导小组办公室",
                "2026年12月7日");
        assertThat(text).doesNotContain("{", "}");
        assertThat(ChinesePunctuation.normalize(text)).as("full-width punctuation throughout").isEqualTo(text);
    }

    @Test
    void withoutADueDayOrARecipientTheSentencesStillRead() {
        Reminder r = new Reminder("办公室", LocalDate.of(2026, 11, 20), "台账.xlsx", 3, null, LocalDate.of(2026, 12, 7), null);
        String text = r.text("");
        assertThat(text).contains("整改进展情况。截至2026年12月7日").contains("尽快报送。如有困难");
        assertThat(r.values().get("截止日期")).isEmpty();
    }

    @Test
    void anOfficesOwnTemplateIsFilledAndSplitIntoTitleAndBody() {
        String template = "催报单\n{部门}：\n请于{截止日期}前报送《{文件}》（{措施数}项）。\n{日期}";
        assertThat(LATE.title(template)).isEqualTo("催报单");
        assertThat(LATE.body(template)).isEqualTo(
                "财务处：\n请于2026年12月1日前报送《市委第一巡察组-财务处-20261120》（12项）。\n2026年12月7日");
        assertThat(LATE.text(template)).doesNotContain("{");
    }
}
