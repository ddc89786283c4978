package io.github.rectification.ledger.ui.session;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Evidence;
import io.github.rectification.ledger.domain.EvidenceOwner;
import io.github.rectification.ledger.store.EvidenceRefusedException;
import io.github.rectification.ledger.store.LedgerStore;
import java.nio.file.Path;
import java.util.List;

/** Attaches files to a record as evidence; undone by removing them, redone by putting them back. */
public final class AttachEvidenceCommand implements LedgerCommand {
    /** A file that could not be attached: nothing was written, and nothing enters the undo history. */
    public static final class Refused extends RuntimeException {
        public Refused(EvidenceRefusedException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final EvidenceOwner owner;
    private final List<Path> files;
    private final NodeKey focus;
    private List<Evidence> attached;

    public AttachEvidenceCommand(EvidenceOwner owner, List<Path> files, NodeKey focus) {
        this.owner = owner;
        this.files = List.copyOf(files);
        this.focus = focus;
    }

    @Override
    public String description() {
        return lang("command.evidence.attach");
    }

    @Override
    public Outcome execute(LedgerStore store) {
        if (attached == null) {
            try {
                attached = store.evidence().attach(owner, files);
            } catch (EvidenceRefusedException e) {
                throw new Refused(e);
            }
        } else {
            store.unitOfWork().run(() -> {
                attached.forEach(store.evidence()::restore);
                return null;
            });
        }
        return Outcome.changed(focus);
    }

    @Override
    public Outcome undo(LedgerStore store) {
        store.unitOfWork().run(() -> {
            attached.forEach(e -> store.evidence().remove(e.uid()));
            return null;
        });
        return Outcome.changed(focus);
    }
}
