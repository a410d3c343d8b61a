package cn.edu.ttms.interfaces.web.plans;

import cn.edu.ttms.application.json.JsonBuilders;
import cn.edu.ttms.application.plan.PlanDetails;
import cn.edu.ttms.application.plan.PlanOverview;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;

/** app/plans/view.xhtml?id=…: a plan's totals by category and level, as tables and a chart, and its projects. */
@Named
@ViewScoped
public class PlanViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final cn.edu.ttms.interfaces.web.shell.Figures FIGURES =
            new cn.edu.ttms.interfaces.web.shell.Figures();

    @Inject
    PlanOverview overview;

    private Long id;
    private PlanDetails plan;
    private String chart;

    public void load() {
        try {
            plan = overview.details(id);
            chart = chart(plan);
        } catch (RecordNotFound e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_WARN,
                            DomainMessages.of(e, faces.getViewRoot().getLocale()),
                            null));
        }
    }

    /** Trainee places per category, as a Chart.js configuration for p:chart: where the plan puts its effort. */
    private static String chart(PlanDetails plan) {
        JsonArrayBuilder labels = JsonBuilders.createArrayBuilder();
        JsonArrayBuilder values = JsonBuilders.createArrayBuilder();
        plan.byCategory().forEach(t -> {
            labels.add(t.key());
            values.add(t.places());
        });
        String label = cn.edu.ttms.interfaces.web.shell.Messages.text(FacesContext.getCurrentInstance(), "plan.places");
        return JsonBuilders.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        JsonBuilders.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        JsonBuilders.createArrayBuilder()
                                                .add(JsonBuilders.createObjectBuilder()
                                                        .add("label", label)
                                                        .add("data", values)
                                                        .add("backgroundColor", "rgba(31, 78, 140, 0.7)"))))
                .add(
                        "options",
                        JsonBuilders.createObjectBuilder()
                                .add(
                                        "plugins",
                                        JsonBuilders.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        JsonBuilders.createObjectBuilder()
                                                                .add("display", false))))
                .build()
                .toString();
    }

    public String getTotalsLine() {
        return plan == null
                ? ""
                : cn.edu.ttms.interfaces.web.shell.Messages.text(
                        FacesContext.getCurrentInstance(),
                        "plan.totalsLine",
                        plan.summary().projects(),
                        FIGURES.count(plan.summary().places()),
                        FIGURES.number(plan.summary().days()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanDetails getPlan() {
        return plan;
    }

    public String getChart() {
        return chart;
    }
}
