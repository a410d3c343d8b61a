package cn.edu.ttms.interfaces.web.plans;

import cn.edu.ttms.application.plan.PlanOverview;
import cn.edu.ttms.application.plan.PlanTable;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.interfaces.web.shell.Figures;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** app/plans/print.xhtml?id=…: the plan as the bureau's own table (the Chenzhou 2018 layout), to print. */
@Named
@ViewScoped
public class PlanPrintBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanOverview overview;

    private Long id;
    private PlanTable plan;

    public void load() {
        try {
            plan = id == null ? null : overview.table(id);
        } catch (RecordNotFound e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    private static final Figures FIGURES = new Figures();

    /** Days as the bureau writes them: 6, 6.5; blank when unknown. */
    public String days(BigDecimal days) {
        return FIGURES.number(days);
    }

    public String getTotalDays() {
        return plan == null ? "" : FIGURES.number(plan.summary().days());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanTable getPlan() {
        return plan;
    }
}
