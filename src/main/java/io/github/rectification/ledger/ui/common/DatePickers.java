package io.github.rectification.ledger.ui.common;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.DayTexts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date fields as the ledger writes dates: 2022-03-31, whatever the system's language (2022/3/31 is read too). */
public final class DatePickers {
    private DatePickers() {
    }

    public static DatePicker iso(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPromptText(lang("common.date.prompt"));
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.format(DateTimeFormatter.ISO_LOCAL_DATE);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                return DayTexts.parse(s).orElse(p.getValue());
            }
        });
        return p;
    }

    /** The style class of a date field whose text names no date. */
    public static final String UNREADABLE = "date-unreadable";

    /**
     * Marks the field while its text names no date (2026-13-45, 2022-02-30) and tells
     * {@code unreadable} the text, or null once the text is a date or empty again.
     */
    public static void watchText(DatePicker p, Consumer<String> unreadable) {
        p.getEditor().textProperty().addListener((obs, old, text) -> {
            boolean bad = text != null && !text.isBlank() && DayTexts.parse(text).isEmpty();
            if (bad && !p.getStyleClass().contains(UNREADABLE)) {
                p.getStyleClass().add(UNREADABLE);
            } else if (!bad) {
                p.getStyleClass().remove(UNREADABLE);
            }
            unreadable.accept(bad ? text.strip() : null);
        });
    }

    /** Shows the field's date (or nothing) in its text, dropping whatever was typed there. */
    public static void showValue(DatePicker p) {
        p.getEditor().setText(p.getConverter().toString(p.getValue()));
    }
}
