package io.github.rectification.ledger.ui.common;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The dialogs as JavaFX alerts and file choosers owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private static final String DETAILS_WORDED = "detailsWorded";

    private final Window owner;
    private final Supplier<Path> lastDirectory;
    private final Consumer<Path> rememberDirectory;

    /**
     * @param lastDirectory     where a chooser starts that names no folder (may give null)
     * @param rememberDirectory told the folder of each file chosen
     */
    public FxDialogService(Window owner, Supplier<Path> lastDirectory, Consumer<Path> rememberDirectory) {
        this.owner = owner;
        this.lastDirectory = lastDirectory;
        this.rememberDirectory = rememberDirectory;
    }

    @Override
    public void showError(String message, Throwable cause) {
        LOG.error(message, cause);
        Alert alert = alert(Alert.AlertType.ERROR, lang("dialog.error.title"), message);
        if (cause != null) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setWrapText(false);
            VBox.setVgrow(details, Priority.ALWAYS);
            VBox box = new VBox(6, new Label(lang("dialog.error.details")), details);
            detailsInWindowLanguage(alert.getDialogPane());
            alert.getDialogPane().setExpandableContent(box);
        }
        alert.showAndWait();
    }

    /**
     * The link that shows and hides the details, worded in the window's language rather than the
     * system's. The pane puts the link into its button bar when it lays itself out.
     */
    private static void detailsInWindowLanguage(DialogPane pane) {
        if (!(pane.lookup(".button-bar") instanceof ButtonBar bar)) {
            return;
        }
        bar.getButtons().addListener((ListChangeListener<Node>) change -> {
            for (Node n : bar.getButtons()) {
                if (n instanceof Hyperlink link && n.getStyleClass().contains("details-button")
                        && !Boolean.TRUE.equals(link.getProperties().put(DETAILS_WORDED, Boolean.TRUE))) {
                    Runnable words = () -> link.setText(pane.isExpanded() ? lang("dialog.error.details.hide")
                            : lang("dialog.error.details.show"));
                    words.run();
                    // after the pane's own listener, which sets the system's words
                    pane.expandedProperty().addListener(o -> words.run());
                }
            }
        });
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean showConfirmation(String title, String message, String confirmLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType ok = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogButtons.cancel();
        alert.getButtonTypes().setAll(ok, cancel);
        // Enter (or a hasty click on the default) keeps things as they are: 取消 is the default and has the focus
        javafx.scene.control.Button confirm = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(ok);
        javafx.scene.control.Button keep = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel);
        confirm.setId("confirmOk");
        confirm.setDefaultButton(false);
        keep.setId("confirmCancel");
        keep.setDefaultButton(true);
        alert.setOnShown(e -> keep.requestFocus());
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public PendingChoice askPendingChanges(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType apply = new ButtonType(lang("form.apply"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(lang("form.pending.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = DialogButtons.cancel();
        alert.getButtonTypes().setAll(apply, discard, cancel);
        alert.getDialogPane().lookupButton(apply).setId("pendingApply");
        alert.getDialogPane().lookupButton(discard).setId("pendingDiscard");
        alert.getDialogPane().lookupButton(cancel).setId("pendingCancel");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == apply ? PendingChoice.APPLY : answer == discard ? PendingChoice.DISCARD : PendingChoice.CANCEL;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setContentText(message);
        alert.getButtonTypes().setAll(DialogButtons.ok());
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }

    @Override
    public Optional<String> askText(String title, String prompt) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        d.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
        return d.showAndWait().map(String::strip);
    }

    @Override
    public Optional<Path> showOpenDialog(FileDialogConfig config) {
        return chosen(chooser(config).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> showSaveDialog(FileDialogConfig config) {
        return chosen(chooser(config).showSaveDialog(owner));
    }

    @Override
    public Optional<Path> showDirectoryDialog(String title, Path initialDirectory) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        Path start = UserFolders.start(initialDirectory != null && Files.isDirectory(initialDirectory)
                ? initialDirectory : lastDirectory.get());
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        Optional<Path> out = Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        out.map(Path::toAbsolutePath).ifPresent(rememberDirectory);
        return out;
    }

    private Optional<Path> chosen(File f) {
        Optional<Path> out = Optional.ofNullable(f).map(File::toPath);
        out.map(p -> p.toAbsolutePath().getParent()).ifPresent(rememberDirectory);
        return out;
    }

    private FileChooser chooser(FileDialogConfig config) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(config.title());
        Path start = UserFolders.start(config.initialDirectory() != null && Files.isDirectory(config.initialDirectory())
                ? config.initialDirectory() : lastDirectory.get());
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        if (!config.extensions().isEmpty()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(config.filterDescription(),
                    config.extensions().stream().map(e -> "*." + e).toList()));
        }
        if (config.initialFileName() != null) {
            chooser.setInitialFileName(config.initialFileName());
        }
        return chooser;
    }

    @Override
    public boolean openWithSystem(Path file) {
        return SystemViewer.open(file);
    }
}
