package io.github.rectification.ledger.ui.settings;

/** The settings that belong to the user rather than to a ledger: the name the history records, the language. */
public interface UserSettings {
    /** The name the change history records for this user; empty means the operating-system user. */
    String userName();

    void storeUserName(String name);

    /** The language of the window from its next start: "zh" or "en". */
    void storeLanguage(String code);
}
