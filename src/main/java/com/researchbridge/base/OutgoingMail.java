package com.researchbridge.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether e-mail leaves the site, so that pages promising a mail can say the truth. E-mail is sent once an SMTP
 * server is named ({@code spring.mail.host}); without one, the demo writes each message to the log at INFO (a
 * newcomer can follow the links), and production writes nothing of it (the links are secrets).
 */
@Component
public class OutgoingMail {

    public enum Delivery {
        /** Handed to the SMTP server. */
        SENT,
        /** Not sent; the whole message is in the application log (demo only). */
        LOGGED,
        /** Not sent, not logged: nobody will receive it. */
        OFF
    }

    private final Delivery delivery;

    OutgoingMail(@Value("${spring.mail.host:}") String host,
                 @Value("${researchbridge.mail.log-unsent:false}") boolean logUnsent) {
        this.delivery = !host.isBlank() ? Delivery.SENT : logUnsent ? Delivery.LOGGED : Delivery.OFF;
    }

    public Delivery delivery() {
        return delivery;
    }
}
