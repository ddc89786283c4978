package io.github.rectification.ledger.report.notice;

import io.github.rectification.ledger.report.notice.NoticeParagraph.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice as paragraphs. Its plain text (one paragraph a line) is what the office edits; the
 * layout roles are read back from that text, so an edited draft exports the same way as a fresh one.
 */
public record NoticeDraft(List<NoticeParagraph> paragraphs) {
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern SECTION = Pattern.compile("^[(（][一二三四五六七八九十百]+[)）].*");
    private static final Pattern DATE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");
    private static final int SIGNATURE_MAX = 40;

    public NoticeDraft {
        paragraphs = List.copyOf(paragraphs);
    }

    /** One paragraph a line; no blank lines. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (NoticeParagraph p : paragraphs) {
            sb.append(p.plain()).append('\n');
        }
        return sb.toString();
    }

    public String title() {
        return paragraphs.isEmpty() ? "" : paragraphs.get(0).plain();
    }

    /**
     * Reads a draft from its text: the first line is the title; a short line under it ending in "："
     * is the addressee (主送机关, as a letter such as a reminder has); "一、" lines are headings; "(一)" lines
     * are problem sections (the part up to the first "。" is their heading; （一） as well); a last line that is a
     * date is the date, and a short line above it without a full stop is the signature.
     */
    public static NoticeDraft parse(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        List<NoticeParagraph> out = new ArrayList<>(lines.size());
        int dateAt = -1;
        int signatureAt = -1;
        int last = lines.size() - 1;
        if (last > 0 && DATE.matcher(lines.get(last)).matches()) {
            dateAt = last;
            String above = lines.get(last - 1);
            if (last - 1 > 0 && above.length() <= SIGNATURE_MAX && !above.contains("。") && !above.endsWith(":") && !above.endsWith("：")) {
                signatureAt = last - 1;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0) {
                out.add(NoticeParagraph.of(Role.TITLE, line));
            } else if (i == 1 && isAddressee(line) && i != signatureAt) {
                out.add(NoticeParagraph.of(Role.ADDRESSEE, line));
            } else if (i == dateAt) {
                out.add(NoticeParagraph.of(Role.DATE, line));
            } else if (i == signatureAt) {
                out.add(NoticeParagraph.of(Role.SIGNATURE, line));
            } else {
                out.add(paragraph(line));
            }
        }
        return new NoticeDraft(out);
    }

    private static boolean isAddressee(String line) {
        return line.length() <= SIGNATURE_MAX && (line.endsWith("：") || line.endsWith(":")) && !line.contains("。");
    }

    /** A line of the text body: a heading "一、", a section "(一)" or body text. */
    public static NoticeParagraph paragraph(String line) {
        String t = line.strip();
        if (HEADING.matcher(t).matches()) {
            return NoticeParagraph.of(Role.HEADING, t);
        }
        if (SECTION.matcher(t).matches()) {
            return section(t);
        }
        return NoticeParagraph.of(Role.BODY, t);
    }

    private static NoticeParagraph section(String line) {
        Matcher m = Pattern.compile("^[^。]*?。").matcher(line);
        if (m.find()) {
            return new NoticeParagraph(Role.SECTION, m.group(), line.substring(m.end()));
        }
        return new NoticeParagraph(Role.SECTION, line, "");
    }
}
