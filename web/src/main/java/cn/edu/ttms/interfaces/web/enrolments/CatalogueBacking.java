package cn.edu.ttms.interfaces.web.enrolments;

import cn.edu.ttms.application.enrolment.EnrolmentQueries;
import cn.edu.ttms.application.enrolment.Enrolments;
import cn.edu.ttms.application.enrolment.MyEnrolment;
import cn.edu.ttms.application.enrolment.OpenProject;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Figures;
import cn.edu.ttms.interfaces.web.shell.Messages;
import cn.edu.ttms.interfaces.web.shell.Times;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * app/me/projects.xhtml (可报名项目): the self-selected projects open to the signed-in teacher, with
 * an application button, and the teacher's own enrolments (我的报名) with a withdrawal while the
 * training has not started.
 */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentQueries queries;

    @Inject
    Enrolments enrolments;

    private List<OpenProject> projects;
    private List<MyEnrolment> mine;
    private MyEnrolment withdrawing;
    private String reason;

    private void load() {
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("TEACHER")) {
            projects = queries.openToMe();
            mine = queries.mine();
        } else {
            projects = List.of();
            mine = List.of();
        }
    }

    public void apply(OpenProject project) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            enrolments.apply(project.id());
            Messages.info(faces, null, "catalogue.applied", project.name());
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
        load();
    }

    public void askWithdraw(MyEnrolment enrolment) {
        withdrawing = enrolment;
        reason = null;
    }

    public void confirmWithdraw() {
        if (withdrawing == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            enrolments.withdraw(withdrawing.enrolmentId(), reason);
            Messages.info(faces, null, "catalogue.withdrawn", withdrawing.projectName());
            withdrawing = null;
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
        load();
    }

    public void dismissWithdraw() {
        withdrawing = null;
    }

    public String dates(LocalDate from, LocalDate to) {
        return from == null
                ? Messages.text(FacesContext.getCurrentInstance(), "catalogue.undated")
                : new Figures().dates(from, to);
    }

    public String shown(Instant at) {
        return Times.shown(at);
    }

    public List<OpenProject> getProjects() {
        if (projects == null) {
            load();
        }
        return projects;
    }

    public List<MyEnrolment> getMine() {
        if (mine == null) {
            load();
        }
        return mine;
    }

    public MyEnrolment getWithdrawing() {
        return withdrawing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
