package cn.edu.ttms.interfaces.web.credits;

import cn.edu.ttms.application.policy.CreditCalculation;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Score;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** app/credits/calculator.xhtml: what a result earns under the policy in force for the caller's unit. */
@Named
@ViewScoped
public class CalculatorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditPolicies policies;

    private Level level = Level.COUNTY;
    private DeliveryForm form = DeliveryForm.LOCAL_CONCENTRATED;
    private BigDecimal hours = new BigDecimal("18");
    private BigDecimal rate = new BigDecimal("1.2");
    private BigDecimal score = new BigDecimal("85");
    private LocalDate date = LocalDate.now();
    private CreditCalculation result;

    public void calculate() {
        try {
            result = policies.calculate(
                    level, form, new Hours(hours), new CreditRate(rate), new Score(score), null, date);
        } catch (DomainException e) {
            result = null;
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            DomainMessages.of(e, faces.getViewRoot().getLocale()),
                            null));
        }
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public DeliveryForm[] getForms() {
        return DeliveryForm.values();
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public DeliveryForm getForm() {
        return form;
    }

    public void setForm(DeliveryForm form) {
        this.form = form;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public CreditCalculation getResult() {
        return result;
    }
}
