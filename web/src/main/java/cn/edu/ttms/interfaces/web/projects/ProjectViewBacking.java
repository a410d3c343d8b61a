package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.application.project.NextStep;
import cn.edu.ttms.application.project.ProjectEditing;
import cn.edu.ttms.application.project.ProjectLifecycle;
import cn.edu.ttms.application.project.ProjectSheet;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Violation;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * app/projects/view.xhtml?id=…: a project with its stages, modules, quotas, curriculum, warnings and
 * history, and a button for each step of the life cycle the caller may take (a step that needs a
 * reason asks for it first).
 */
@Named
@ViewScoped
public class ProjectViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectEditing editing;

    @Inject
    ProjectLifecycle lifecycle;

    private Long id;
    /**
     * Not part of the view's replicated state: the sheet holds the project's entity. A view that moves to another
     * node of a cluster (its node died) reads the sheet again there, by {@link #id}.
     */
    private transient ProjectSheet sheet;

    private transient NextStep nextStep;
    private transient ProjectSheet nextStepOf;

    private boolean found;
    private ProjectAction pending;
    private String reason;

    public void load() {
        try {
            sheet = editing.sheet(id);
            found = true;
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    private ProjectSheet sheet() {
        if (sheet == null && found) {
            sheet = editing.sheet(id);
        }
        return sheet;
    }

    /** A step without a reason goes at once; CANCEL, RETURN and a publication outside the windows ask first. */
    public void take(ProjectAction action) {
        if (action.needsReason() || action == ProjectAction.PUBLISH && !isPublishInWindow()) {
            pending = action;
            reason = null;
            return;
        }
        run(action, null, false);
    }

    public void confirm() {
        if (pending != null) {
            run(pending, reason, pending == ProjectAction.PUBLISH);
        }
    }

    public void dismiss() {
        pending = null;
    }

    private void run(ProjectAction action, String why, boolean outsideWindow) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            lifecycle.apply(id, action, why, outsideWindow);
            pending = null;
            Messages.info(
                    faces,
                    null,
                    "project.stepTaken",
                    cn.edu.ttms.domain.model.shared.DomainMessages.format(
                            action.messageKey(), List.of(), faces.getViewRoot().getLocale()));
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
        sheet = editing.sheet(id);
    }

    /** Whether a PUBLISH now is inside the policy's windows (else only an administrator, with a reason). */
    public boolean isPublishInWindow() {
        return lifecycle.publicationOpen(sheet().project());
    }

    public String warning(Violation v) {
        return Messages.violation(FacesContext.getCurrentInstance(), v);
    }

    /**
     * What the project waits for and who takes the step (issue 17, item 1): the note beside the buttons, read
     * once per sheet (a step taken reads the sheet again).
     */
    public NextStep getNextStep() {
        if (sheet() == null) {
            return null;
        }
        if (nextStepOf != sheet) {
            nextStep = lifecycle.nextStep(sheet.project());
            nextStepOf = sheet;
        }
        return nextStep;
    }

    public List<ProjectAction> getActions() {
        return sheet() == null ? List.of() : sheet().actions();
    }

    public ProjectSheet getSheet() {
        return sheet();
    }

    public ProjectAction getPending() {
        return pending;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
