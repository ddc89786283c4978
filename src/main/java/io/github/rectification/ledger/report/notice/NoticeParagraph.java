package io.github.rectification.ledger.report.notice;

import io.github.rectification.ledger.domain.ChinesePunctuation;

/**
 * One paragraph of a notice with its role in the layout. Its text is punctuated as Chinese documents
 * are ({@link ChinesePunctuation}), whether drafted from the ledger or typed by the office.
 *
 * @param lead for a {@link Role#SECTION}, the opening "(一)关于“…”问题的整改情况。" set in 楷体; else empty
 * @param text the rest of the paragraph
 */
public record NoticeParagraph(Role role, String lead, String text) {

    public enum Role {
        /** The title, 2号 小标宋, centred. */
        TITLE,
        /** The addressee (主送机关) "…：" under the title, flush left. */
        ADDRESSEE,
        /** A first-level heading "一、…", 黑体. */
        HEADING,
        /** A problem section opening with a second-level heading "(一)…", 楷体 then 仿宋. */
        SECTION,
        /** Body text, 仿宋. */
        BODY,
        /** The issuing organisation's name under the text. */
        SIGNATURE,
        /** The date under the signature. */
        DATE
    }

    public NoticeParagraph {
        lead = ChinesePunctuation.normalize(lead);
        text = ChinesePunctuation.normalize(text);
    }

    public static NoticeParagraph of(Role role, String text) {
        return new NoticeParagraph(role, "", text);
    }

    /** The whole paragraph as plain text. */
    public String plain() {
        return lead + text;
    }
}
