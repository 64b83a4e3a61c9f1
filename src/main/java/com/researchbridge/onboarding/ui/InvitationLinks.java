package com.researchbridge.onboarding.ui;

import com.researchbridge.base.SpreadsheetFile;
import com.researchbridge.security.IssuedInvitation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Full invitation links as the office sends them; the address is the one the office uses to reach the site. */
final class InvitationLinks {

    static final String ROUTE = "invitation";

    private InvitationLinks() {
    }

    /** Call on a request thread: the base address is taken from the current request. */
    static String base() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/" + ROUTE + "/";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path("/" + ROUTE + "/")
                .toUriString();
    }

    static void copy(UI ui, String link) {
        ui.getPage().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0); }", link);
    }

    static final String[] CSV_HEADER = {"email", "full_name", "invitation_link"};

    /** The links of one import as CSV, for offices that send many invitations by mail merge. */
    static byte[] csv(String base, List<IssuedInvitation> invited) {
        return SpreadsheetFile.csv(CSV_HEADER, invited.stream()
                .map(i -> List.of(i.email(), i.fullName(), base + i.token())).toList()).getBytes(StandardCharsets.UTF_8);
    }
}
