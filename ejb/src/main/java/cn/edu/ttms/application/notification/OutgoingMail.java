package cn.edu.ttms.application.notification;

/** E-mail to people, when the installation can send it: without a mail server, nothing goes out. */
public interface OutgoingMail {

    /** Sends a plain text message now; a failure is logged and never undoes the change that caused it. */
    void send(String to, String subject, String text);
}
