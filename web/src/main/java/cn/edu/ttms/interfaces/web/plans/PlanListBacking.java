package cn.edu.ttms.interfaces.web.plans;

import cn.edu.ttms.application.plan.AnnualPlans;
import cn.edu.ttms.application.plan.PlanOverview;
import cn.edu.ttms.application.plan.PlanSummary;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** app/plans/list.xhtml: the annual plans the caller may see. */
@Named
@RequestScoped
public class PlanListBacking {

    @Inject
    PlanOverview overview;

    @Inject
    AnnualPlans annualPlans;

    private List<PlanSummary> plans;
    private Integer year;
    private String name;

    /** Starts an empty plan of the caller's bureau and opens it, to add projects by hand. */
    public String start() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            long id = annualPlans.start(year, name);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(faces, null, "plan.started");
            return "/app/plans/view?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            Messages.error(faces, e);
            return null;
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<PlanSummary> getPlans() {
        if (plans == null) {
            plans = overview.plans();
        }
        return plans;
    }
}
