package cn.edu.ttms.interfaces.web.attendance;

import cn.edu.ttms.application.attendance.AttendanceQueries;
import cn.edu.ttms.application.attendance.RunnableProject;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * app/attendance/list.xhtml (考勤): the projects, enrolling or in progress, whose attendance the caller
 * runs, for project leads and host institutions, who have no project list of their own.
 */
@Named
@ViewScoped
public class AttendanceListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceQueries attendance;

    private List<RunnableProject> projects;

    @PostConstruct
    void init() {
        try {
            projects = attendance.runnableProjects();
        } catch (jakarta.ejb.EJBAccessException notOneWhoRunsAttendance) {
            projects = List.of();
        }
    }

    public List<RunnableProject> getProjects() {
        return projects;
    }
}
