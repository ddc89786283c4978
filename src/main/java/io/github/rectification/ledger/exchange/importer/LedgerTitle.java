package io.github.rectification.ledger.exchange.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a ledger's title row says of its inspection: "中共温州市民政局党组关于市委第一巡察组巡察“回头看”反馈意见整改落实台账"
 * names the issuing body (中共温州市民政局党组), the group (市委第一巡察组) and the round (巡察“回头看”).
 * A body named without 中共 (市民政局党组落实…) signs with it. A part the title does not name is empty.
 */
record LedgerTitle(String issuingBody, String group, String roundKind) {
    private static final Pattern GROUP = Pattern.compile("第[一二三四五六七八九十\\d]+(?:巡视|巡察)组");
    /** Who sent the group, just before its number: 中央, 省委, 温州市委, 县委… */
    private static final Pattern SENDER = Pattern.compile("(?:中央|\\p{IsHan}{0,4}?[省市县区州旗盟]?(?:委|政府))$");
    private static final Pattern ROUND = Pattern.compile(
            "^((?:专项|机动|提级)?(?:巡视|巡察))\\s*([“\"']?回头看[”\"']?)?");
    private static final Pattern BODY = Pattern.compile(
            "^(中共\\p{IsHan}+?(?:党组|党委|党工委|党总支|党支部)|\\p{IsHan}+?(?:党组|党委|党工委|党总支|党支部)(?=关于|落实|贯彻))");

    static LedgerTitle parse(String title) {
        String t = title == null ? "" : title.strip();
        String body = "";
        Matcher b = BODY.matcher(t);
        if (b.find()) {
            body = b.group(1).startsWith("中共") ? b.group(1) : "中共" + b.group(1);
            t = t.substring(b.end()).replaceFirst("^关于", "");
        }
        Matcher g = GROUP.matcher(t);
        if (!g.find()) {
            return new LedgerTitle(body, "", "");
        }
        String before = t.substring(Math.max(0, g.start() - 6), g.start());
        Matcher sender = SENDER.matcher(before.replaceAll("^.*(?:关于|落实|贯彻|党组|党委)", ""));
        String group = (sender.find() ? sender.group() : "") + g.group();
        String round = "";
        Matcher r = ROUND.matcher(t.substring(g.end()));
        if (r.find()) {
            round = r.group(1) + (r.group(2) == null ? "" : "“回头看”");
        }
        return new LedgerTitle(body, group, round);
    }
}
