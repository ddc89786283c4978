package io.github.rectification.ledger.ui.common;

import static io.github.rectification.ledger.ui.common.Localization.lang;

import io.github.rectification.ledger.domain.DayTexts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
}
