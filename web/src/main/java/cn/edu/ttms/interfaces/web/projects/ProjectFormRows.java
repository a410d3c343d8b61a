package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.domain.model.project.CourseKind;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Module;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The editable rows of the project form: plain JavaBeans the tables bind to, checked only on save. */
public final class ProjectFormRows {

    private ProjectFormRows() {}

    /** A stage: form (with the bureau's words), days, actual hours, trainees, dates, place. */
    public static class StageRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private DeliveryForm form = DeliveryForm.LOCAL_CONCENTRATED;
        private String formText;
        private BigDecimal daysOffsite;
        private BigDecimal daysLocal;
        private BigDecimal daysTotal;
        /** The total this form last derived from the parts: a total still equal to it follows the parts. */
        private BigDecimal derivedTotal;

        private BigDecimal hours;
        private Integer trainees;
        private LocalDate startDate;
        private LocalDate endDate;
        private String place;

        public DeliveryForm getForm() {
            return form;
        }

        public void setForm(DeliveryForm form) {
            this.form = form;
        }

        public String getFormText() {
            return formText;
        }

        public void setFormText(String formText) {
            this.formText = formText;
        }

        public BigDecimal getDaysOffsite() {
            return daysOffsite;
        }

        public void setDaysOffsite(BigDecimal daysOffsite) {
            this.daysOffsite = daysOffsite;
        }

        public BigDecimal getDaysLocal() {
            return daysLocal;
        }

        public void setDaysLocal(BigDecimal daysLocal) {
            this.daysLocal = daysLocal;
        }

        public BigDecimal getDaysTotal() {
            return daysTotal;
        }

        public void setDaysTotal(BigDecimal daysTotal) {
            this.daysTotal = daysTotal;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }

        /**
         * Sets the total to the sum of the parts ({@link ProjectStage#totalOf}) when it is blank or was
         * derived before; a total the user typed is left for the checks to hold against the parts.
         */
        void deriveTotal() {
            boolean follows = daysTotal == null || (derivedTotal != null && daysTotal.compareTo(derivedTotal) == 0);
            if (follows) {
                derivedTotal = ProjectStage.totalOf(daysOffsite, daysLocal);
                daysTotal = derivedTotal;
            }
        }

        /** A stage as read: a total that is the sum of its parts keeps following them. */
        void totalRead() {
            BigDecimal sum = ProjectStage.totalOf(daysOffsite, daysLocal);
            derivedTotal = sum != null && daysTotal != null && sum.compareTo(daysTotal) == 0 ? daysTotal : null;
        }

        public Integer getTrainees() {
            return trainees;
        }

        public void setTrainees(Integer trainees) {
            this.trainees = trainees;
        }

        public LocalDate getStartDate() {
            return startDate;
        }

        public void setStartDate(LocalDate startDate) {
            this.startDate = startDate;
        }

        public LocalDate getEndDate() {
            return endDate;
        }

        public void setEndDate(LocalDate endDate) {
            this.endDate = endDate;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }
    }

    /** A module and its hours. */
    public static class ModuleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Module module = Module.COMPETENCE;
        private BigDecimal hours;

        public Module getModule() {
            return module;
        }

        public void setModule(Module module) {
            this.module = module;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }
    }

    /** The places of one unit. */
    public static class QuotaRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long unitId;
        private Integer places;

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public Integer getPlaces() {
            return places;
        }

        public void setPlaces(Integer places) {
            this.places = places;
        }
    }

    /** A course of the curriculum. */
    public static class CourseRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private CourseKind kind = CourseKind.REQUIRED;
        private BigDecimal hours;
        private boolean practical;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public CourseKind getKind() {
            return kind;
        }

        public void setKind(CourseKind kind) {
            this.kind = kind;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }

        public boolean isPractical() {
            return practical;
        }

        public void setPractical(boolean practical) {
            this.practical = practical;
        }
    }
}
