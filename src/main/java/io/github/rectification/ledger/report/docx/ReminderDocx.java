package io.github.rectification.ledger.report.docx;

import io.github.rectification.ledger.report.notice.NoticeDraft;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A reminder (催报) as a Word document in the official format: laid out as a notice is (title,
 * addressee flush left, text, signature and date), from the reminder's text as the template made it.
 */
public final class ReminderDocx {
    private ReminderDocx() {
    }

    public static void write(String text, Path target) throws IOException {
        NoticeDocx.write(NoticeDraft.parse(text), target);
    }
}
