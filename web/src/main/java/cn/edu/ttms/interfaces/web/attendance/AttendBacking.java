package cn.edu.ttms.interfaces.web.attendance;

import cn.edu.ttms.application.attendance.Attendance;
import cn.edu.ttms.application.attendance.AttendanceEntry;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * app/attend.xhtml?t=…: the page a trainee's phone opens by scanning the session's QR code. Signing in
 * (the form login brings the trainee back here) and opening it records the attendance; opening it again
 * says when they signed in. A refusal says why (expired code, not a trainee of the project…).
 */
@Named
@RequestScoped
public class AttendBacking {

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    Attendance attendance;

    private String token;
    private boolean success;
    private String message;

    public void scan() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (token == null || token.isBlank()) {
            message = Messages.text(faces, "attend.noToken");
            return;
        }
        try {
            AttendanceEntry e = attendance.scan(token);
            success = true;
            message = Messages.text(
                    faces,
                    e.created() ? "attend.success" : "attend.already",
                    e.projectName(),
                    String.valueOf(e.stageNo()),
                    e.date().toString(),
                    CLOCK.format(e.recordedAt()));
        } catch (DomainException e) {
            message = DomainMessages.of(e, faces.getViewRoot().getLocale());
        } catch (EJBAccessException | AccessLocalException e) {
            message = Messages.text(faces, "attend.teachersOnly");
        }
    }

    public boolean isSuccess() {
        return success;
    }

    public String getMessage() {
        return message;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
