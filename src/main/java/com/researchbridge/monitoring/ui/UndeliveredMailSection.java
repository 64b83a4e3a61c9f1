package com.researchbridge.monitoring.ui;

import com.researchbridge.notification.UndeliveredMail;
import com.researchbridge.notification.UndeliveredNotice;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The audit page's section on e-mail notices the mail server has not taken: retrying, or failed for good. */
class UndeliveredMailSection extends VerticalLayout {

    static final int SHOWN = 50;

    UndeliveredMailSection(UndeliveredMail mail) {
        setPadding(false);
        setId("undelivered-mail");
        var notices = mail.recent(SHOWN);
        add(new H3(getTranslation("mail.undelivered.title")));
        if (notices.isEmpty()) {
            add(new Paragraph(getTranslation("mail.undelivered.none")));
            return;
        }
        add(new Paragraph(getTranslation("mail.undelivered.intro")));
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var grid = new Grid<UndeliveredNotice>();
        grid.setAllRowsVisible(true);
        grid.addColumn(n -> getTranslation(n.kindKey())).setHeader(getTranslation("mail.undelivered.column.kind"));
        grid.addColumn(n -> when.format(n.since())).setHeader(getTranslation("mail.undelivered.column.since"));
        grid.addColumn(UndeliveredNotice::attempts).setHeader(getTranslation("mail.undelivered.column.attempts"));
        grid.addColumn(n -> getTranslation(n.failed() ? "mail.undelivered.state.failed" : "mail.undelivered.state.retrying"))
                .setHeader(getTranslation("mail.undelivered.column.state"));
        grid.setItems(notices);
        add(grid);
    }
}
