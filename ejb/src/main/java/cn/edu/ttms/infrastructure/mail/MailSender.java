package cn.edu.ttms.infrastructure.mail;

import cn.edu.ttms.application.notification.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * E-mail through the container's JavaMail session {@value #JNDI_NAME}, when the server has one
 * (asadmin {@code create-javamail-resource … mail/ttms}). It is looked up once, at the first use;
 * without it, mail is skipped silently after one INFO line, and the in-app inbox is the only channel.
 * A failure to send is logged and never undoes the change that caused the notice.
 */
@ApplicationScoped
public class MailSender implements OutgoingMail {

    public static final String JNDI_NAME = "mail/ttms";
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    private volatile Optional<Session> session;

    /** Whether a mail session is configured (looked up at the first call). */
    public boolean available() {
        return session().isPresent();
    }

    /** Sends a plain UTF-8 text message now; without a mail session, does nothing. */
    @Override
    public void send(String to, String subject, String text) {
        Optional<Session> mail = session();
        if (mail.isEmpty() || to == null || to.isBlank()) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(mail.get());
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to.strip(), true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not send mail to " + to + ": " + e.getMessage(), e);
        }
    }

    private Optional<Session> session() {
        Optional<Session> known = session;
        if (known == null) {
            synchronized (this) {
                known = session;
                if (known == null) {
                    known = lookup();
                    session = known;
                }
            }
        }
        return known;
    }

    private static Optional<Session> lookup() {
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            if (found instanceof Session s) {
                return Optional.of(s);
            }
            LOG.info(() -> JNDI_NAME + " is not a JavaMail session ("
                    + found.getClass().getName() + "): no e-mail");
        } catch (NamingException | LinkageError e) {
            LOG.info(() -> "No JavaMail session at " + JNDI_NAME + ": notices stay in the in-app inbox, no e-mail");
        }
        return Optional.empty();
    }
}
