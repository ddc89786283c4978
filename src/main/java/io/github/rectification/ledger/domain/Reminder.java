package io.github.rectification.ledger.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A reminder (催报) to a department that has not returned its part of the ledger: the facts of the
 * part sent, written into the office's own template. The same text goes into the e-mail draft, the
 * Word document and the window, so the three never say different things.
 *
 * @param department the department (or leader) the part was sent to
 * @param sent the day it was sent
 * @param file the name of the workbook sent (the text names it without its extension)
 * @param measures how many measures the part holds
 * @param due the day it was due back, or null when the round set none
 * @param asOf the day of the reminder (截至…)
 * @param returnTo whom to return it to, as the distribution said; blank for nobody named
 */
public record Reminder(String department, LocalDate sent, String file, int measures, LocalDate due, LocalDate asOf,
        String returnTo) {
    /**
     * The template an office starts from. Its first line is the title; a line ending in "：" under it
     * is the addressee; a short line above the closing date is the signature.
     */
    public static final String DEFAULT_TEMPLATE = """
            关于催报巡察整改落实情况的通知
            {部门}：
            {下发日期}，我办下发了《{文件}》，请贵单位填写所牵头的{措施数}项整改措施的整改进展情况{报送期限}。截至{日期}，尚未收到贵单位报送的材料。
            请高度重视，抓紧组织填写，尽快报送{报送至}。如有困难，请及时与我办联系。
            巡察整改工作领导小组办公室
            {日期}""";

    public Reminder {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(asOf, "asOf");
        file = file == null ? "" : file;
        returnTo = returnTo == null ? "" : returnTo.strip();
    }

    /**
     * The placeholders a template may use, with what each stands for in this reminder. {报送期限} and
     * {报送至} are whole phrases ("，并于2026年12月1日前报送", "至市委巡察办"), empty when the round named
     * no due day or nobody to return to, so the sentence reads well either way.
     */
    public Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("部门", department);
        v.put("下发日期", DayTexts.chinese(sent));
        v.put("文件", withoutExtension(file));
        v.put("措施数", String.valueOf(measures));
        v.put("截止日期", DayTexts.chinese(due));
        v.put("报送期限", due == null ? "" : "，并于" + DayTexts.chinese(due) + "前报送");
        v.put("报送至", returnTo.isEmpty() ? "" : "至" + returnTo);
        v.put("日期", DayTexts.chinese(asOf));
        return v;
    }

    /** A file named in a document as its title: 《台账》, not 《台账.xlsx》. */
    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The reminder's text: {@code template} (the default when blank) with its placeholders filled. */
    public String text(String template) {
        String out = template == null || template.isBlank() ? DEFAULT_TEMPLATE : template;
        for (Map.Entry<String, String> e : values().entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out.strip();
    }

    /** The title: the template's first line, filled. */
    public String title(String template) {
        String text = text(template);
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl).strip();
    }

    /** The text under the title, as an e-mail's body says it. */
    public String body(String template) {
        String text = text(template);
        int nl = text.indexOf('\n');
        return nl < 0 ? "" : text.substring(nl + 1).strip();
    }
}
