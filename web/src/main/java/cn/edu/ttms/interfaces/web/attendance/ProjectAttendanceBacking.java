package cn.edu.ttms.interfaces.web.attendance;

import cn.edu.ttms.application.attendance.Attendance;
import cn.edu.ttms.application.attendance.AttendanceQueries;
import cn.edu.ttms.application.attendance.HoursSheet;
import cn.edu.ttms.application.attendance.SessionView;
import cn.edu.ttms.domain.model.attendance.AttendanceSession;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.projects.ProjectViewBacking;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The attendance section (考勤) of a project: its sessions with a link to each one's QR code page, a
 * form to start a session (开始签到: stage, date, hours) for those who run its attendance, and the
 * hours each trainee attended per stage. On app/projects/view.xhtml the project is
 * {@link ProjectViewBacking}'s; on app/attendance/project.xhtml (for leads and host institutions, who do
 * not see the project page) it comes from the {@code id} parameter.
 */
@Named
@ViewScoped
public class ProjectAttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectViewBacking view;

    @Inject
    Attendance attendance;

    @Inject
    AttendanceQueries attendanceQueries;

    private Long projectId;
    private boolean loaded;
    private boolean mayRun;
    private HoursSheet sheet;
    private List<SessionView> sessions = List.of();

    private Integer stageNo;
    private LocalDate date = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private BigDecimal hours;

    /** For app/attendance/project.xhtml: a project the caller may not read is "not found". */
    public void load() {
        ensureLoaded();
        if (sheet == null) {
            Messages.error(FacesContext.getCurrentInstance(), null, "attendance.notFound");
        }
    }

    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        loaded = true;
        Long id = getProjectId();
        if (id == null) {
            return;
        }
        try {
            sheet = attendanceQueries.sheet(id);
        } catch (DomainException | jakarta.ejb.EJBAccessException notForThisReader) {
            sheet = null;
            return;
        }
        mayRun = attendanceQueries.mayRun(id);
        sessions = mayRun ? attendanceQueries.sessions(id) : List.of();
        if (stageNo == null && !sheet.stages().isEmpty()) {
            stageNo = sheet.stages().get(0).stageNo();
        }
    }

    private void reload() {
        loaded = false;
        ensureLoaded();
    }

    /** Shown once there is something to show: sessions held, or a running project whose attendance the caller runs. */
    public boolean isShown() {
        ensureLoaded();
        return sheet != null && (sheet.anySessions() || mayRun && isRunning());
    }

    public boolean isMayOpen() {
        ensureLoaded();
        return mayRun && isRunning();
    }

    private boolean isRunning() {
        return sheet != null && AttendanceSession.RUNNING.contains(sheet.status());
    }

    /** Starts a session and goes to its QR code page. */
    public String open() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            SessionView s = attendance.openSession(getProjectId(), stageNo == null ? 0 : stageNo, date, hours);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(
                    faces, null, "attendance.opened", s.stageNo(), s.date().toString());
            return "/app/attendance/session?faces-redirect=true&id=" + s.id();
        } catch (DomainException e) {
            Messages.error(faces, e);
            reload();
            return null;
        }
    }

    public Long getProjectId() {
        return projectId != null ? projectId : view.getId();
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public HoursSheet getSheet() {
        ensureLoaded();
        return sheet;
    }

    public List<SessionView> getSessions() {
        ensureLoaded();
        return sessions;
    }

    public boolean isMayRun() {
        ensureLoaded();
        return mayRun;
    }

    public Integer getStageNo() {
        return stageNo;
    }

    public void setStageNo(Integer stageNo) {
        this.stageNo = stageNo;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }
}
