package io.github.rectification.ledger.ui.grid;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * The measure grid: a virtualised table of the measures of the chosen scope, with filters above
 * it. Cells are edited in place (F2, typing, double-click); Ctrl+C copies the selected block as
 * Excel does, Ctrl+V pastes one after a preview, Ctrl+D fills down, 设置所选… sets a field for the
 * selected rows. Every write goes through the view model.
 */
public final class GridView extends BorderPane {
    /** The style class of a cell editor whose text is refused. */
    public static final String INVALID = "cell-invalid";
    private static final String ALL = "";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,9}");

    private final GridViewModel vm;
    private final TableView<GridRow> table = new TableView<>();
    private final Label message = new Label();
    private HBox bottom;
    private String typed;

    public GridView(GridViewModel vm) {
        this.vm = vm;
        setId("measureGrid");
        SortedList<GridRow> sorted = new SortedList<>(vm.filtered());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("gridTable");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(lang("grid.empty")));
        for (GridColumn c : GridColumn.values()) {
            table.getColumns().add(column(c));
        }
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
        MenuItem setAll = new MenuItem(lang("grid.set.selected"));
        setAll.setId("gridSetSelectedItem");
        setAll.setOnAction(e -> setSelected());
        MenuItem copy = new MenuItem(lang("grid.copy"));
        copy.setOnAction(e -> copy());
        MenuItem paste = new MenuItem(lang("grid.paste"));
        paste.setOnAction(e -> paste());
        MenuItem fill = new MenuItem(lang("grid.fill.down"));
        fill.setOnAction(e -> fillDown());
        MenuItem printItem = new MenuItem(lang("grid.print"));
        printItem.setOnAction(e -> print());
        table.setContextMenu(new ContextMenu(setAll, copy, paste, fill, printItem));
        message.setId("gridMessage");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("grid-message");
        setTop(toolbar());
        setCenter(table);
        setBottom(bottom);
    }

    public TableView<GridRow> table() {
        return table;
    }

    private HBox toolbar() {
        ComboBox<GridScope> scope = new ComboBox<>(vm.scopes());
        scope.setId("gridScope");
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        ComboBox<String> department = choice("gridDepartment", vm.departments(), lang("grid.filter.department.all"));
        bind(department, vm.departmentProperty());
        ComboBox<String> leader = choice("gridLeader", vm.leaders(), lang("grid.filter.leader.all"));
        bind(leader, vm.leaderProperty());
        ObservableList<String> words = FXCollections.observableArrayList(CellValues.statusWords());
        ComboBox<String> status = choice("gridStatus", words, lang("grid.filter.status.all"));
        status.valueProperty().addListener((obs, old, now) ->
                vm.statusProperty().set(now == null || now.isEmpty() ? null : Status.fromWord(now).orElse(null)));
        ComboBox<BandFilter> band = new ComboBox<>(FXCollections.observableArrayList(BandFilter.values()));
        band.setId("gridBand");
        band.setConverter(new StringConverter<>() {
            @Override
            public String toString(BandFilter f) {
                return f == null ? "" : vm.bandText(f);
            }

            @Override
            public BandFilter fromString(String s) {
                return null;
            }
        });
        band.valueProperty().bindBidirectional(vm.bandProperty());
        TextField text = new TextField();
        text.setId("gridText");
        text.setPromptText(lang("grid.filter.text"));
        text.textProperty().bindBidirectional(vm.textProperty());
        Button set = new Button(lang("grid.set.selected"));
        set.setId("gridSetSelected");
        set.setOnAction(e -> setSelected());
        Button print = new Button(lang("grid.print"));
        print.setId("gridPrint");
        print.setOnAction(e -> print());
        Label count = new Label();
        count.setId("gridCount");
        Runnable counter = () -> count.setText(lang("grid.count", table.getItems().size(), vm.rows().size()));
        table.getItems().addListener((ListChangeListener<GridRow>) c -> counter.run());
        vm.rows().addListener((ListChangeListener<GridRow>) c -> counter.run());
        counter.run();
        HBox.setHgrow(text, Priority.ALWAYS);
        Label scopeLabel = new Label(lang("grid.scope"));
        scope.setPrefWidth(220);
        text.setPrefWidth(200);
        // the filter choices keep their whole text; the text field gives way when the window is narrow
        for (javafx.scene.control.Control c : List.of(scopeLabel, status, band, set, print, count)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        // lists of names as long as a department's are cut short with an ellipsis, not widened to the longest
        for (javafx.scene.control.Control c : List.of(department, leader)) {
            c.setPrefWidth(170);
            c.setMinWidth(110);
        }
        scope.setMinWidth(120);
        text.setMinWidth(100);
        // the band's list is as wide as its longest choice; its box need only hold the one chosen
        band.setPrefWidth(180);
        HBox filters = new HBox(6, scopeLabel, scope, department, leader, status, band, text);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(4, 8, 4, 8));
        // the actions on the rows and the count sit under the table, beside its messages
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox actions = new HBox(8, set, print, message, count);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(4, 8, 4, 8));
        bottom = actions;
        return filters;
    }

    /** A filter choice: its first item stands for no filter. */
    private static ComboBox<String> choice(String id, ObservableList<String> values, String allText) {
        ObservableList<String> items = FXCollections.observableArrayList();
        Runnable fill = () -> {
            List<String> l = new ArrayList<>();
            l.add(ALL);
            l.addAll(values);
            items.setAll(l);
        };
        fill.run();
        values.addListener((ListChangeListener<String>) c -> fill.run());
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? allText : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setValue(ALL);
        return box;
    }

    private static void bind(ComboBox<String> box, javafx.beans.property.ObjectProperty<String> filter) {
        box.valueProperty().addListener((obs, old, now) -> filter.set(now == null || now.isEmpty() ? null : now));
        filter.addListener((obs, old, now) -> {
            String shown = now == null ? ALL : now;
            if (!shown.equals(box.getValue())) {
                box.setValue(shown);
            }
        });
    }

    private TableColumn<GridRow, GridRow> column(GridColumn c) {
        TableColumn<GridRow, GridRow> col = new TableColumn<>(GridViewModel.columnName(c));
        col.setId("gridColumn-" + c.key());
        col.setUserData(c);
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        col.setCellFactory(tc -> new GridCell(c));
        col.setEditable(c.editable());
        col.setComparator(comparator(c));
        double width = switch (c) {
            case SEQ, EVIDENCE -> 48;
            case TEXT, PROGRESS -> 260;
            case PROBLEM -> 200;
            case CATEGORY, REMARKS, SUPPORTING -> 120;
            default -> 90;
        };
        col.setPrefWidth(Math.max(width, headerWidth(col.getText())));
        return col;
    }

    /** The width a header needs for its whole name in its bold font, with the padding and the sort arrow. */
    private static double headerWidth(String name) {
        Font base = Font.getDefault();
        Text t = new Text(name);
        t.setFont(Font.font(base.getFamily(), FontWeight.BOLD, base.getSize()));
        return Math.ceil(t.getLayoutBounds().getWidth()) + 30;
    }

    private static Comparator<GridRow> comparator(GridColumn c) {
        if (c == GridColumn.EVIDENCE) {
            return Comparator.comparingInt(GridRow::evidence);
        }
        return Comparator.comparing(r -> r.text(c), GridView::compareTexts);
    }

    /** Numbers as numbers (2 before 10), other texts as texts. */
    private static int compareTexts(String a, String b) {
        if (NUMBER.matcher(a).matches() && NUMBER.matcher(b).matches()) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }

    /** Prints the rows shown, in their order, with the columns shown at their widths. */
    private void print() {
        List<GridColumn> columns = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (TableColumn<GridRow, ?> c : table.getVisibleLeafColumns()) {
            columns.add((GridColumn) c.getUserData());
            widths.add(c.getWidth());
        }
        vm.print(List.copyOf(table.getItems()), columns, widths);
    }

    // ---------------------------------------------------------------- keys

    private void keyPressed(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
            copy();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.V) {
            paste();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.D) {
            fillDown();
            e.consume();
        } else if (e.getCode() == KeyCode.F2 && !e.isShortcutDown()) {
            editFocused(null);
            e.consume();
        }
    }

    private void keyTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (table.getEditingCell() != null || e.isShortcutDown() || e.isAltDown() || ch == null || ch.isEmpty()
                || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        editFocused(ch);
        e.consume();
    }

    /** Starts editing the focused cell, its text replaced by {@code first} when typing began it. */
    private void editFocused(String first) {
        TablePosition<GridRow, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getTableColumn() == null) {
            return;
        }
        typed = first;
        @SuppressWarnings("unchecked")
        TableColumn<GridRow, ?> col = pos.getTableColumn();
        table.edit(pos.getRow(), col);
        typed = null;
    }

    // ---------------------------------------------------------------- blocks

    /** The visible columns in the order shown. */
    private List<GridColumn> shownColumns() {
        List<GridColumn> out = new ArrayList<>();
        for (TableColumn<GridRow, ?> c : table.getVisibleLeafColumns()) {
            out.add((GridColumn) c.getUserData());
        }
        return out;
    }

    /** The selected cells as (row, column) indices, rows and columns in the order shown. */
    private List<int[]> selectedCells() {
        List<int[]> out = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            int col = table.getVisibleLeafIndex(table.getColumns().get(table.getColumns().indexOf(p.getTableColumn())));
            if (p.getRow() >= 0 && col >= 0) {
                out.add(new int[] {p.getRow(), col});
            }
        }
        return out;
    }

    /** Rows and columns of the block the selection spans: {minRow, maxRow, minCol, maxCol}, or null. */
    private int[] block() {
        List<int[]> cells = selectedCells();
        if (cells.isEmpty()) {
            TablePosition<GridRow, ?> f = table.getFocusModel().getFocusedCell();
            if (f == null || f.getRow() < 0 || f.getTableColumn() == null) {
                return null;
            }
            int c = table.getVisibleLeafIndex(f.getTableColumn());
            return new int[] {f.getRow(), f.getRow(), c, c};
        }
        int[] b = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1};
        for (int[] cell : cells) {
            b[0] = Math.min(b[0], cell[0]);
            b[1] = Math.max(b[1], cell[0]);
            b[2] = Math.min(b[2], cell[1]);
            b[3] = Math.max(b[3], cell[1]);
        }
        return b;
    }

    /** Copies the selected block as tab-separated text and as an HTML table. */
    public void copy() {
        int[] b = block();
        if (b == null) {
            return;
        }
        List<GridColumn> columns = shownColumns().subList(b[2], b[3] + 1);
        List<List<String>> cells = GridViewModel.copy(table.getItems().subList(b[0], b[1] + 1), columns);
        ClipboardContent content = new ClipboardContent();
        content.putString(TsvBlock.format(cells));
        content.putHtml(TsvBlock.html(cells));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * Pastes the clipboard's block (its HTML table, else its tab-separated text) at the selection,
     * after a preview of the changes.
     */
    public void paste() {
        int[] b = block();
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String html = clipboard.hasHtml() ? clipboard.getHtml() : null;
        String text = clipboard.hasString() ? clipboard.getString() : null;
        if (b == null || html == null && text == null) {
            return;
        }
        List<CellChange> changes = vm.pastePreview(List.copyOf(table.getItems()), shownColumns(), b[0], b[2],
                selectedCells(), HtmlBlock.pasted(html, text));
        if (changes.isEmpty()) {
            return;
        }
        if (preview(changes)) {
            vm.apply(changes);
        }
    }

    /** The first selected row's values copied into the selected rows below it, as one step. */
    public void fillDown() {
        int[] b = block();
        if (b == null || b[1] == b[0]) {
            return;
        }
        List<CellChange> changes = vm.fillDownPreview(List.copyOf(table.getItems().subList(b[0], b[1] + 1)),
                shownColumns().subList(b[2], b[3] + 1));
        vm.apply(changes);
    }

    /** Asks for one value of the focused column and sets it in every selected row, as one step. */
    public void setSelected() {
        TablePosition<GridRow, ?> f = table.getFocusModel().getFocusedCell();
        if (f == null || f.getTableColumn() == null) {
            return;
        }
        GridColumn column = (GridColumn) f.getTableColumn().getUserData();
        List<GridRow> rows = selectedRows();
        if (!column.editable() || rows.isEmpty()) {
            return;
        }
        String title = lang("grid.set.title", GridViewModel.columnName(column), rows.size());
        Optional<String> value;
        if (column == GridColumn.STATUS) {
            ChoiceDialog<String> d = new ChoiceDialog<>(CellValues.statusWords().get(0), CellValues.statusWords());
            prepare(d, title);
            value = d.showAndWait();
        } else {
            TextInputDialog d = new TextInputDialog(rows.get(0).text(column));
            prepare(d, title);
            value = d.showAndWait();
        }
        value.ifPresent(v -> {
            List<CellChange> changes = vm.setAllPreview(rows, column, v);
            if (!changes.isEmpty() && changes.stream().noneMatch(CellChange::refused)) {
                vm.apply(changes);
            } else if (!changes.isEmpty()) {
                preview(changes);
            }
        });
    }

    private void prepare(Dialog<?> d, String title) {
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().setId("gridSetDialog");
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
    }

    private List<GridRow> selectedRows() {
        Map<Integer, GridRow> byIndex = new TreeMap<>();
        for (int[] cell : selectedCells()) {
            byIndex.put(cell[0], table.getItems().get(cell[0]));
        }
        return new ArrayList<>(byIndex.values());
    }

    /** Lists the changes (record, field, old → new, refusal) and asks to apply them; true to apply. */
    private boolean preview(List<CellChange> changes) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(lang("grid.preview.title"));
        long refused = changes.stream().filter(CellChange::refused).count();
        long records = changes.stream().map(c -> c.row().measureId()).distinct().count();
        d.setHeaderText(refused > 0 ? lang("grid.preview.refused", refused)
                : lang("grid.preview.header", changes.size(), records));
        TableView<CellChange> list = new TableView<>(FXCollections.observableArrayList(changes));
        list.setId("gridPreviewTable");
        list.getColumns().add(textColumn(lang("grid.preview.record"), c -> record(c.row()), 220));
        list.getColumns().add(textColumn(lang("grid.preview.field"), c -> GridViewModel.columnName(c.column()), 90));
        list.getColumns().add(textColumn(lang("grid.preview.old"), CellChange::oldText, 150));
        list.getColumns().add(textColumn(lang("grid.preview.new"), CellChange::newText, 150));
        list.getColumns().add(textColumn(lang("grid.preview.error"), c -> c.error() == null ? "" : c.error(), 220));
        list.setPrefSize(860, 360);
        d.getDialogPane().setContent(list);
        d.getDialogPane().setId("gridPreview");
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((Button) d.getDialogPane().lookupButton(ButtonType.OK)).setText(lang("grid.preview.apply"));
        ((Button) d.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(lang("action.cancel"));
        d.getDialogPane().lookupButton(ButtonType.OK).setDisable(refused > 0 || !vm.writable());
        d.setResizable(true);
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        return d.showAndWait().filter(t -> t == ButtonType.OK).isPresent() && refused == 0;
    }

    private static String record(GridRow r) {
        String seq = r.text(GridColumn.SEQ);
        String text = r.text(GridColumn.TEXT);
        String head = text.length() > 18 ? text.substring(0, 18) + "…" : text;
        return (r.problem().seq() == null ? "" : r.problem().seq()) + seq + " " + head;
    }

    private static TableColumn<CellChange, String> textColumn(String name,
            java.util.function.Function<CellChange, String> value, double width) {
        TableColumn<CellChange, String> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    // ---------------------------------------------------------------- cells

    /** A cell of the grid: its text, and in editing a field (a list of the status words for 完成情况). */
    private final class GridCell extends TableCell<GridRow, GridRow> {
        private final GridColumn column;
        private TextField field;
        private ComboBox<String> statusBox;
        private final Tooltip tip = new Tooltip();

        GridCell(GridColumn column) {
            this.column = column;
            setWrapText(false);
        }

        @Override
        protected void updateItem(GridRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                getStyleClass().remove("grid-problem-cont");
                return;
            }
            if (isEditing()) {
                return;
            }
            setGraphic(null);
            boolean problem = GridRow.problemColumn(column);
            boolean shown = !problem || GridViewModel.showsProblem(getTableView().getItems(), getIndex());
            setText(shown ? row.text(column) : "");
            // one tooltip per cell, its text changed as the cell shows another row (scrolling makes none)
            if (shown && (problem || column == GridColumn.TEXT || column == GridColumn.PROGRESS)) {
                tip.setText(row.text(column));
                setTooltip(tip);
            } else {
                setTooltip(null);
            }
        }

        @Override
        public void startEdit() {
            if (!column.editable() || !vm.writable() || getItem() == null) {
                return;
            }
            String first = typed;
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            setText(null);
            if (column == GridColumn.STATUS) {
                statusBox = new ComboBox<>(FXCollections.observableArrayList(CellValues.statusWords()));
                statusBox.setId("gridStatusEditor");
                statusBox.setValue(getItem().text(column));
                statusBox.setOnAction(e -> {
                    if (isEditing() && statusBox.getValue() != null) {
                        commitText(statusBox.getValue(), statusBox);
                    }
                });
                statusBox.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        cancelEdit();
                    }
                });
                statusBox.setMaxWidth(Double.MAX_VALUE);
                setGraphic(statusBox);
                statusBox.requestFocus();
                statusBox.show();
                return;
            }
            field = new TextField(first != null ? first : getItem().text(column));
            field.setId("gridEditor");
            if (column == GridColumn.DEPARTMENT || column == GridColumn.LEADER || column == GridColumn.PERSON
                    || column == GridColumn.SUPPORTING) {
                org.controlsfx.control.textfield.TextFields.bindAutoCompletion(field,
                        request -> vm.suggestions(column, request.getUserText()));
            }
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    commitText(field.getText(), field);
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            field.textProperty().addListener(o -> {
                field.getStyleClass().remove(INVALID);
                field.setTooltip(null);
            });
            setGraphic(field);
            field.requestFocus();
            if (first != null) {
                field.end();
            } else {
                field.selectAll();
            }
        }

        /** Writes the text, or marks the editor and stays in it when the text is refused. */
        private void commitText(String text, javafx.scene.control.Control editor) {
            GridRow row = getItem();
            CellChange c = vm.change(row, column, text);
            if (c != null && c.refused()) {
                if (!editor.getStyleClass().contains(INVALID)) {
                    editor.getStyleClass().add(INVALID);
                }
                editor.setTooltip(new Tooltip(c.error()));
                vm.edit(row, column, text);
                return;
            }
            int index = getIndex();
            cancelEdit();
            vm.edit(row, column, text);
            table.requestFocus();
            table.getFocusModel().focus(index, getTableColumn());
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            field = null;
            statusBox = null;
            updateItem(getItem(), getItem() == null);
        }
    }

    /** The distinct values of a column among the rows shown (for tests and filters). */
    List<String> values(GridColumn c) {
        return new ArrayList<>(new TreeSet<>(table.getItems().stream().map(r -> r.text(c)).toList()));
    }
}
