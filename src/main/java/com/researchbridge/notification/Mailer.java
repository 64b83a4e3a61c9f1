package com.researchbridge.notification;

import com.researchbridge.base.OutgoingMail;
import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text UTF-8 e-mail over SMTP, each message on a virtual thread of its own so that nobody waits for
 * the mail server. Without {@code spring.mail.host} there is no mail sender: the demo logs each message whole
 * (see {@link OutgoingMail}), production only notes that one was dropped.
 * A failed delivery is logged, never thrown: the step that caused it is already committed.
 *
 * <p>Notices that must not be lost go through {@link #deliver}, called from listeners recorded in the event
 * publication registry ({@code @ApplicationModuleListener}): it sends at once and throws when the mail server
 * refuses, so that the publication stays incomplete and is retried ({@code MailRetry}).
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final String from;
    private final String fromName;
    private final boolean logUnsent;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    Mailer(ObjectProvider<JavaMailSender> sender, OutgoingMail outgoing,
           @Value("${researchbridge.mail.from:no-reply@researchbridge.example}") String from,
           @Value("${researchbridge.mail.from-name:ResearchBridge}") String fromName) {
        this.sender = sender.getIfAvailable();
        this.from = from;
        this.fromName = fromName;
        this.logUnsent = outgoing.delivery() == OutgoingMail.Delivery.LOGGED;
        if (this.sender == null) {
            log.info(logUnsent ? "E-mail is off (no spring.mail.host): each e-mail is written to this log instead"
                    : "E-mail is off (no spring.mail.host): nothing is sent");
        }
    }

    void send(String to, String subject, String body) {
        if (sender == null) {
            if (logUnsent) {
                log.info("E-mail not sent (no SMTP server) to {}: {}\n{}", to, subject, body);
            } else {
                log.debug("Notice to {} not sent (e-mail is off): {}", to, subject);
            }
            return;
        }
        executor.submit(() -> {
            try {
                sender.send(message(to, subject, body));
            } catch (RuntimeException | jakarta.mail.MessagingException | UnsupportedEncodingException e) {
                log.warn("Could not send a notice to {}: {}", to, e.toString());
            }
        });
    }

    /** Sends now, on the caller's thread; throws when the message could not be handed to the mail server. */
    void deliver(String to, String subject, String body) {
        if (sender == null) {
            send(to, subject, body);
            return;
        }
        try {
            sender.send(message(to, subject, body));
        } catch (RuntimeException | jakarta.mail.MessagingException | UnsupportedEncodingException e) {
            log.warn("Could not send a notice to {} (it will be retried): {}", to, e.toString());
            throw new MailNotSent("Could not send a notice to " + to, e);
        }
    }

    private jakarta.mail.internet.MimeMessage message(String to, String subject, String body)
            throws jakarta.mail.MessagingException, UnsupportedEncodingException {
        var message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(from, fromName, StandardCharsets.UTF_8.name()));
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body, false);
        return message;
    }

    /** The mail server did not take a message; the listener's event publication stays incomplete. */
    static final class MailNotSent extends RuntimeException {
        MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
