package com.researchbridge.onboarding.ui;

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

    /** The links of one import as CSV, for offices that send many invitations by mail merge. */
    static byte[] csv(String base, List<com.researchbridge.security.IssuedInvitation> invited) {
        var csv = new StringBuilder("\uFEFFemail,full_name,invitation_link\r\n");
        for (var i : invited) {
            csv.append(i.email()).append(',').append(quoted(i.fullName())).append(',').append(base).append(i.token()).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
