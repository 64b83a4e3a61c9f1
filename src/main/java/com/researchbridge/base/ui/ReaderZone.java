package com.researchbridge.base.ui;

import com.researchbridge.base.UiLanguage;
import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The time zone the reader lives in, so that an Almaty reader and a Shanghai reader of the same project history
 * each see their own clock. The browser's zone when it has told us; otherwise the zone the reader's UI language
 * suggests (Kazakh and Russian: Almaty, Chinese: Shanghai, English: UTC), never the server's.
 */
public final class ReaderZone {

    private ReaderZone() {
    }

    public static ZoneId of(UI ui) {
        if (ui != null) {
            try {
                var details = ui.getPage().getExtendedClientDetails();
                if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
                    return ZoneId.of(details.getTimeZoneId());
                }
            } catch (DateTimeException | IllegalStateException unknownZone) {
                // fall through to the language's zone
            }
        }
        return fallback(ui == null ? Locale.ENGLISH : ui.getLocale());
    }

    static ZoneId fallback(Locale locale) {
        return switch (UiLanguage.of(locale)) {
            case KK, RU -> ZoneId.of("Asia/Almaty");
            case ZH -> ZoneId.of("Asia/Shanghai");
            case EN -> ZoneId.of("UTC");
        };
    }
}
