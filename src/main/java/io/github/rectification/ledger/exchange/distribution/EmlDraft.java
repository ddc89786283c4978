package io.github.rectification.ledger.exchange.distribution;

import io.github.rectification.ledger.domain.DayTexts;
import io.github.rectification.ledger.domain.Reminder;
import io.github.rectification.ledger.files.AtomicFiles;
import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;

/**
 * An e-mail draft (.eml) for a department: addressed from the directory, subject and body in
 * Chinese, the workbook attached, marked unsent ({@code X-Unsent: 1}) so that Outlook and Foxmail
 * open it as a draft to send. The application never sends it.
 */
public final class EmlDraft {
    /** A draft written, and why it has no recipient when it has none. */
    public record Written(Path file, String problem) {
    }

    private EmlDraft() {
    }

    /** The draft that sends a department its workbook, written beside the workbook as {@code <name>.eml}. */
    public static Written distribution(Distributor.Sent sent, LocalDate due, String returnTo) throws IOException {
        String name = sent.file().getFileName().toString();
        String body = sent.recipient() + "：\n\n"
                + "现将贵单位牵头的整改措施（共" + sent.measures() + "条）下发，请按附件《" + name + "》中的填表说明填写"
                + "整改进展情况、完成情况、完成时间、佐证材料等内容，"
                + (due == null ? "按时" : "于" + DayTexts.chinese(due) + "前")
                + "报送" + (returnTo == null || returnTo.isBlank() ? "" : "至" + returnTo) + "。\n\n"
                + (sent.sentBack() == 0 ? "" : "其中" + sent.sentBack() + "项措施的销号申请已被退回，退回意见见填表说明，"
                        + "请继续整改后重新申请。\n\n")
                + "表中锁定的栏目请勿修改，如有不同意见请写在备注栏。\n";
        String subject = "【整改台账下发】" + sent.recipient() + "整改落实情况报送"
                + (due == null ? "" : "（" + DayTexts.chinese(due) + "前报送）");
        Path target = sent.file().resolveSibling(stem(name) + ".eml");
        return write(target, sent.email(), subject, body, sent.file());
    }

    /**
     * The reminder (催报) to a department that has not returned its workbook, written into
     * {@code folder}: the body is the reminder's text under its title, as the office's template says.
     */
    public static Written reminder(Path folder, ReturnsRegister.Line line, Reminder reminder, String template)
            throws IOException {
        String subject = "【催报】" + line.recipient() + "整改落实情况尚未报送";
        return write(folder.resolve(Reminders.fileName(line, ".eml")), line.email(), subject,
                reminder.body(template) + "\n", null);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Written write(Path target, String to, String subject, String body, Path attachment)
            throws IOException {
        Session session = Session.getInstance(new Properties());
        MimeMessage msg = new MimeMessage(session);
        String problem = null;
        try {
            if (to == null || to.isBlank()) {
                problem = "机构名录中没有电子邮箱，草稿未填收件人";
            } else {
                try {
                    InternetAddress[] addresses = InternetAddress.parse(to.strip(), true);
                    msg.setRecipients(Message.RecipientType.TO, addresses);
                } catch (AddressException e) {
                    problem = "机构名录中的电子邮箱“" + to + "”无效，草稿未填收件人";
                }
            }
            msg.setSubject(subject, "UTF-8");
            msg.setHeader("X-Unsent", "1");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            MimeMultipart parts = new MimeMultipart();
            parts.addBodyPart(text);
            if (attachment != null) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new FileDataSource(attachment.toFile())));
                file.setFileName(MimeUtility.encodeText(attachment.getFileName().toString(), "UTF-8", "B"));
                file.setHeader("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                file.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(file);
            }
            msg.setContent(parts);
            msg.saveChanges();
        } catch (MessagingException e) {
            throw new IOException(Messages.TEXTS.text("draft.failed", target.getFileName(), e.getMessage()), e);
        }
        AtomicFiles.write(target, out -> {
            try {
                msg.writeTo(out);
            } catch (MessagingException e) {
                throw new IOException(e);
            }
        });
        return new Written(target, problem);
    }
}
