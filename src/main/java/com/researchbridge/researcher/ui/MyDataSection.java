package com.researchbridge.researcher.ui;

import com.researchbridge.researcher.MyDataService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.ByteArrayInputStream;

/** The researcher's own data: download it all as JSON, or delete the account after confirming. */
class MyDataSection extends Div {

    MyDataSection(MyDataService myData, AuthenticationContext authentication) {
        addClassName("rb-card");
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = myData.exportMyData();
            return new DownloadResponse(new ByteArrayInputStream(json), "researchbridge-my-data.json", "application/json", json.length);
        }), getTranslation("mydata.download"));
        download.setId("mydata-download");
        download.getElement().setAttribute("download", true);
        var delete = new Button(getTranslation("mydata.delete"), e -> confirmDeletion(myData, authentication).open());
        delete.setId("mydata-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(new H3(getTranslation("mydata.title")), new Paragraph(getTranslation("mydata.text")), download, delete);
    }

    private Dialog confirmDeletion(MyDataService myData, AuthenticationContext authentication) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("mydata.delete.title"));
        var email = new EmailField(getTranslation("mydata.delete.confirm"));
        email.setId("mydata-delete-email");
        email.setWidthFull();
        dialog.add(new Paragraph(getTranslation("mydata.delete.consequences")), email);
        var confirm = new Button(getTranslation("mydata.delete"), e -> {
            try {
                myData.deleteMyAccount(email.getValue());
                dialog.close();
                authentication.logout();
            } catch (IllegalArgumentException mismatch) {
                email.setErrorMessage(getTranslation("mydata.delete.mismatch"));
                email.setInvalid(true);
            }
        });
        confirm.setId("mydata-delete-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        return dialog;
    }
}
