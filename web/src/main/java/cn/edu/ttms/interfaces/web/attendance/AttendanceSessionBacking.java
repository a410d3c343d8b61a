package cn.edu.ttms.interfaces.web.attendance;

import cn.edu.ttms.application.attendance.Attendance;
import cn.edu.ttms.application.attendance.AttendanceQueries;
import cn.edu.ttms.application.attendance.SessionSheet;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import cn.edu.ttms.interfaces.web.shell.Times;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * app/attendance/session.xhtml?id=…: the class adviser's screen for one session. Its QR code (reloaded
 * every minute, each time with a fresh token), who has signed in so far (refreshed every few seconds),
 * and a manual mark of an enrolled trainee with a reason.
 */
@Named
@ViewScoped
public class AttendanceSessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attendance attendance;

    @Inject
    AttendanceQueries attendanceQueries;

    private Long id;
    private SessionSheet sheet;
    private Long teacherId;
    private String reason;

    public void load() {
        try {
            sheet = id == null ? null : attendanceQueries.session(id);
        } catch (DomainException | jakarta.ejb.EJBAccessException e) {
            sheet = null;
        }
        if (sheet == null) {
            Messages.error(FacesContext.getCurrentInstance(), null, "attendance.notFound");
        }
    }

    /** The poll's refresh of who has signed in. */
    public void refresh() {
        if (sheet != null) {
            try {
                sheet = attendanceQueries.session(id);
            } catch (DomainException e) {
                // the session stays as last read
            }
        }
    }

    public void mark() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (teacherId == null) {
            Messages.error(faces, null, "attendance.mark.choose");
            return;
        }
        String name = sheet.absent().stream()
                .filter(t -> t.teacherId() == teacherId)
                .map(SessionSheet.Trainee::name)
                .findFirst()
                .orElse("#" + teacherId);
        try {
            attendance.mark(id, teacherId, reason);
            Messages.info(faces, null, "attendance.marked", name);
            teacherId = null;
            reason = null;
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
        refresh();
    }

    public String shown(Instant at) {
        return Times.shown(at);
    }

    public SessionSheet getSheet() {
        return sheet;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
