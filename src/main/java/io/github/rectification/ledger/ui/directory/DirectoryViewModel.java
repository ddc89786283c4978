package io.github.rectification.ledger.ui.directory;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Department;
import io.github.rectification.ledger.store.DirectoryRepository;
import io.github.rectification.ledger.domain.NameLists;
import io.github.rectification.ledger.ui.session.LedgerSession;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The directory of departments (机构名录) as its window edits it: built from the ledger the first
 * time it is opened, each department's aliases, contact and e-mail set in place, and names that look
 * alike offered for merging, merged only when the user asks.
 */
public final class DirectoryViewModel {
    private final LedgerSession session;
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<AlikeNames> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public DirectoryViewModel(LedgerSession session) {
        this.session = session;
    }

    /** Reads the directory; an empty one is first built from the departments the ledger names. */
    public void load() {
        if (!session.isOpen()) {
            departments.clear();
            suggestions.clear();
            return;
        }
        DirectoryRepository d = session.store().directory();
        if (d.all().isEmpty() && session.isWritable()) {
            List<Department> added = d.buildFromLedger();
            message.set(added.isEmpty() ? "" : lang("directory.built", added.size()));
        }
        departments.setAll(d.all());
        suggestions.setAll(d.suggestions().stream()
                .map(x -> new AlikeNames(x.name(), x.other(), x.measures(), x.otherMeasures())).toList());
    }

    /**
     * Sets a department's aliases (separated by 、 or commas), contact and e-mail. Null when written,
     * else why not (an alias that is another department's name), and nothing is written.
     */
    public String update(Department d, String aliases, String contact, String email) {
        if (!session.isWritable()) {
            message.set(lang("directory.readonly"));
            return message.get();
        }
        Department changed = new Department(d.id(), d.name(), NameLists.split(aliases == null ? "" : aliases),
                contact == null ? "" : contact.strip(), email == null ? "" : email.strip());
        try {
            session.store().directory().update(changed);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            load();
            return message.get();
        }
        load();
        message.set(lang("directory.saved", d.name()));
        return null;
    }

    /** Takes {@code other} into {@code keep} as one of its aliases. */
    public void merge(String keep, String other) {
        if (!session.isWritable()) {
            message.set(lang("directory.readonly"));
            return;
        }
        try {
            session.store().directory().merge(keep, other);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        load();
        message.set(lang("directory.merged", other, keep));
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    /** Names written alike, offered for merging. */
    public ObservableList<AlikeNames> suggestions() {
        return suggestions;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
