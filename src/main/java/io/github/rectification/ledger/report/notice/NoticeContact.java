package io.github.rectification.ledger.report.notice;

import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.store.LedgerStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The office's telephone, fax and e-mail printed at the end of the notice. An empty one is printed as
 * {@link #BLANK}, which the Word file highlights so the draft is not printed with a gap by mistake.
 */
public record NoticeContact(String phone, String fax, String email) {
    /** Stands for a contact the office has not given yet. */
    public static final String BLANK = "〔待填〕";
    public static final NoticeContact NONE = new NoticeContact("", "", "");

    public NoticeContact {
        phone = phone == null ? "" : phone.strip();
        fax = fax == null ? "" : fax.strip();
        email = email == null ? "" : email.strip();
    }

    /** The contact kept in the ledger's settings; empty where not given. */
    public static NoticeContact of(LedgerStore store) {
        return new NoticeContact(store.settings().get(LedgerSettings.NOTICE_PHONE),
                store.settings().get(LedgerSettings.NOTICE_FAX), store.settings().get(LedgerSettings.NOTICE_EMAIL));
    }

    /** Keeps the contact in the ledger's settings, in one transaction. */
    public void save(LedgerStore store) {
        store.unitOfWork().run(() -> {
            store.settings().put(LedgerSettings.NOTICE_PHONE, phone);
            store.settings().put(LedgerSettings.NOTICE_FAX, fax);
            store.settings().put(LedgerSettings.NOTICE_EMAIL, email);
            return null;
        });
    }

    /** "联系电话：89985051，传真号码：89993699，电子邮箱：570484769@qq.com。"; the fax only when given. */
    public String line() {
        List<String> parts = new ArrayList<>();
        parts.add("联系电话：" + orBlank(phone));
        if (!fax.isEmpty()) {
            parts.add("传真号码：" + fax);
        }
        parts.add("电子邮箱：" + orBlank(email));
        return String.join("，", parts) + "。";
    }

    private static String orBlank(String s) {
        return s.isEmpty() ? BLANK : s;
    }
}
