package cn.edu.ttms.interfaces.web.enrolments;

import cn.edu.ttms.application.enrolment.EnrolmentQueries;
import cn.edu.ttms.application.enrolment.Enrolments;
import cn.edu.ttms.application.enrolment.PendingApplication;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Figures;
import cn.edu.ttms.interfaces.web.shell.Messages;
import cn.edu.ttms.interfaces.web.shell.PagedModel;
import cn.edu.ttms.interfaces.web.shell.Times;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * app/enrolments/pending.xhtml (报名审核): the applications of the teachers under the caller's unit
 * that wait for a decision, oldest first; approving takes the seat, refusing needs a reason.
 */
@Named
@ViewScoped
public class PendingApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentQueries queries;

    @Inject
    Enrolments enrolments;

    private LazyDataModel<PendingApplication> applications;
    private PendingApplication refusing;
    private String reason;

    @PostConstruct
    void init() {
        applications = new PagedModel<>(this::page, this::count, PendingApplication::enrolmentId);
    }

    private List<PendingApplication> page(int first, int max) {
        return isAllowed() ? queries.pending(first, max) : List.of();
    }

    private long count() {
        return isAllowed() ? queries.countPending() : 0;
    }

    /** Staff of bureaus and schools decide (and administrators). */
    public boolean isAllowed() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole("BUREAU_STAFF")
                || context.isUserInRole("SCHOOL_ADMIN")
                || context.isUserInRole("ADMIN");
    }

    public void approve(PendingApplication a) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            enrolments.decide(a.enrolmentId(), true, null);
            Messages.info(faces, null, "pending.approved", a.teacherName(), a.projectName());
            if (refusing != null && refusing.enrolmentId() == a.enrolmentId()) {
                refusing = null;
            }
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    public void askRefuse(PendingApplication a) {
        refusing = a;
        reason = null;
    }

    public void confirmRefuse() {
        if (refusing == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            enrolments.decide(refusing.enrolmentId(), false, reason);
            Messages.info(faces, null, "pending.refused", refusing.teacherName(), refusing.projectName());
            refusing = null;
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    public void dismissRefuse() {
        refusing = null;
    }

    public String dates(LocalDate from, LocalDate to) {
        return from == null
                ? Messages.text(FacesContext.getCurrentInstance(), "catalogue.undated")
                : new Figures().dates(from, to);
    }

    public String shown(Instant at) {
        return Times.shown(at);
    }

    public LazyDataModel<PendingApplication> getApplications() {
        return applications;
    }

    public PendingApplication getRefusing() {
        return refusing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
