package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.application.project.Choice;
import cn.edu.ttms.application.project.OpenPlan;
import cn.edu.ttms.application.project.ProjectChoices;
import cn.edu.ttms.application.project.ProjectEditing;
import cn.edu.ttms.application.project.ProjectSheet;
import cn.edu.ttms.domain.model.project.CourseKind;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.interfaces.web.projects.ProjectFormRows.CourseRow;
import cn.edu.ttms.interfaces.web.projects.ProjectFormRows.ModuleRow;
import cn.edu.ttms.interfaces.web.projects.ProjectFormRows.QuotaRow;
import cn.edu.ttms.interfaces.web.projects.ProjectFormRows.StageRow;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * app/projects/edit.xhtml?id=… (or ?plan=… for a new project, or neither: first the plan to add it to):
 * every term of a project in one form.
 * The domain checks everything on save and lists every problem; a project saved by someone else
 * meanwhile is not overwritten.
 */
@Named
@ViewScoped
public class ProjectEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectEditing editing;

    private Long id;
    private Long plan;
    private long version;
    private ProjectForm form;
    private ProjectChoices choices;
    private String title;
    private List<OpenPlan> openPlans;
    private boolean proposer;
    private List<Level> levels = List.of(Level.values());

    public void load() {
        if (form != null) {
            return; // postback of the same view
        }
        try {
            proposer = editing.proposes();
            ProjectForm loaded;
            long planId;
            if (id != null) {
                ProjectSheet sheet = editing.sheet(id);
                version = sheet.project().version();
                loaded = ProjectForm.of(sheet.terms());
                title = sheet.project().name();
                planId = sheet.project().plan().id();
                choices = editing.choices(id); // refuses a caller who may not edit (before the form shows)
            } else {
                if (plan == null) {
                    // "new project" from the project list: which plan? With only one to choose, that one
                    openPlans = editing.plansOpenToMe();
                    if (openPlans.size() != 1) {
                        return;
                    }
                    plan = openPlans.get(0).id();
                    openPlans = null;
                }
                planId = plan;
                loaded = new ProjectForm();
                loaded.getStages().add(new StageRow());
                choices = editing.choicesForPlan(plan);
            }
            // a proposer chooses among the levels open to it (a school: SCHOOL only)
            levels = editing.levelsFor(planId);
            if (loaded.getLevel() == null || !levels.contains(loaded.getLevel())) {
                loaded.setLevel(levels.get(0));
            }
            form = loaded;
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
        } catch (EJBException e) {
            Messages.error(FacesContext.getCurrentInstance(), null, "project.forbidden");
        }
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (id != null) {
                version = editing.revise(id, version, form.toTerms());
            } else {
                id = editing.create(plan, form.toTerms());
            }
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(faces, null, "project.saved");
            return "/app/projects/view?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            Messages.error(faces, e);
            return null;
        }
    }

    /**
     * 异地 or 本地 of a stage changed: 合计 becomes their sum (the domain's {@link ProjectStage#totalOf}), unless
     * the user typed a total of their own (the checks then say whether it fits the parts).
     */
    public void daysChanged(StageRow row) {
        row.deriveTotal();
    }

    public void addStage() {
        form.getStages().add(new StageRow());
    }

    public void removeStage(StageRow row) {
        if (form.getStages().size() > 1) {
            form.getStages().remove(row);
        }
    }

    public void addModule() {
        form.getModules().add(new ModuleRow());
    }

    public void removeModule(ModuleRow row) {
        form.getModules().remove(row);
    }

    public void addQuota() {
        form.getQuotas().add(new QuotaRow());
    }

    public void removeQuota(QuotaRow row) {
        form.getQuotas().remove(row);
    }

    public void addCourse() {
        form.getCourses().add(new CourseRow());
    }

    public void removeCourse(CourseRow row) {
        form.getCourses().remove(row);
    }

    public List<Level> getLevels() {
        return levels;
    }

    public Selection[] getSelections() {
        return Selection.values();
    }

    public DeliveryForm[] getForms() {
        return DeliveryForm.values();
    }

    public Module[] getModules() {
        return Module.values();
    }

    public CourseKind[] getCourseKinds() {
        return CourseKind.values();
    }

    public SchoolStage[] getSchoolStages() {
        return SchoolStage.values();
    }

    public List<Choice> getHosts() {
        return choices == null ? List.of() : choices.hosts();
    }

    public List<Choice> getLeads() {
        return choices == null ? List.of() : choices.leads();
    }

    public List<Choice> getUnits() {
        return choices == null ? List.of() : choices.units();
    }

    /** The plans to choose from before the form (null once a plan is known). */
    public List<OpenPlan> getOpenPlans() {
        return openPlans;
    }

    /** Whether the form is a proposing unit's: its proposing unit is the unit itself. */
    public boolean isProposer() {
        return proposer;
    }

    public ProjectForm getForm() {
        return form;
    }

    public String getTitle() {
        return title;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }
}
