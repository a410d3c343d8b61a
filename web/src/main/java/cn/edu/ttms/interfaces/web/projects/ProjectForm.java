package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.domain.model.project.ProjectCourse;
import cn.edu.ttms.domain.model.project.ProjectModule;
import cn.edu.ttms.domain.model.project.ProjectQuota;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectTerms;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.interfaces.web.projects.ProjectFormRows.CourseRow;
import cn.edu.ttms.interfaces.web.projects.ProjectFormRows.ModuleRow;
import cn.edu.ttms.interfaces.web.projects.ProjectFormRows.QuotaRow;
import cn.edu.ttms.interfaces.web.projects.ProjectFormRows.StageRow;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the project form edits, as JavaBean properties, to and from the domain's {@link ProjectTerms}.
 * Empty inputs stay empty here; the domain's checks say what is missing, all at once.
 */
public class ProjectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private Level level;
    private String category;
    private String proposingUnit;
    private Selection selection = Selection.DIRECTIVE;
    private BigDecimal creditRate;
    private Integer capacity;
    private Integer minTrainees;
    private cn.edu.ttms.domain.model.project.ApprovalChain approvalChain;
    private BigDecimal budget;
    private Long hostId;
    private String hosts;
    private Long leadId;
    private String advisers;
    private String audience;
    private List<SchoolStage> audienceStages = new ArrayList<>();
    private String audienceSubjects;
    private final List<StageRow> stages = new ArrayList<>();
    private final List<ModuleRow> modules = new ArrayList<>();
    private final List<QuotaRow> quotas = new ArrayList<>();
    private final List<CourseRow> courses = new ArrayList<>();

    static ProjectForm of(ProjectTerms t) {
        ProjectForm f = new ProjectForm();
        f.code = t.code();
        f.name = t.name();
        f.level = t.level();
        f.category = t.category();
        f.proposingUnit = t.proposingUnit();
        f.selection = t.selection();
        f.creditRate = t.creditRate();
        f.capacity = t.capacity();
        f.minTrainees = t.minTrainees();
        f.approvalChain = t.approvalChain();
        f.budget = t.budget();
        f.hostId = t.hostId();
        f.hosts = t.hosts();
        f.leadId = t.leadId();
        f.advisers = t.advisers();
        f.audience = t.audience();
        f.audienceStages = new ArrayList<>(t.audienceStages());
        f.audienceSubjects = String.join("、", t.audienceSubjects());
        for (ProjectStage s : t.stages()) {
            StageRow r = new StageRow();
            r.setForm(s.form());
            r.setFormText(s.formText());
            r.setDaysOffsite(s.daysOffsite());
            r.setDaysLocal(s.daysLocal());
            r.setDaysTotal(s.daysTotal());
            r.setHours(s.hours() == null ? null : s.hours().value());
            r.setTrainees(s.trainees());
            r.setStartDate(s.startDate());
            r.setEndDate(s.endDate());
            r.setPlace(s.place());
            r.totalRead();
            f.stages.add(r);
        }
        for (ProjectModule m : t.modules()) {
            ModuleRow r = new ModuleRow();
            r.setModule(m.module());
            r.setHours(m.hours().value());
            f.modules.add(r);
        }
        for (ProjectQuota q : t.quotas()) {
            QuotaRow r = new QuotaRow();
            r.setUnitId(q.unitId());
            r.setPlaces(q.places());
            f.quotas.add(r);
        }
        for (ProjectCourse c : t.courses()) {
            CourseRow r = new CourseRow();
            r.setTitle(c.title());
            r.setKind(c.kind());
            r.setHours(c.hours().value());
            r.setPractical(c.practical());
            f.courses.add(r);
        }
        return f;
    }

    /**
     * The terms the form describes. Rows left completely empty are dropped; a missing number in a
     * row that is otherwise filled counts as 0, so the domain names the problem (a quota of 0 places,
     * modules that do not add up).
     *
     * @throws cn.edu.ttms.domain.model.shared.InvalidHours for hours finer than a tenth
     */
    ProjectTerms toTerms() {
        List<ProjectStage> st = new ArrayList<>();
        for (StageRow r : stages) {
            st.add(new ProjectStage(
                    st.size() + 1,
                    r.getForm(),
                    r.getFormText(),
                    r.getDaysOffsite(),
                    r.getDaysLocal(),
                    r.getDaysTotal(),
                    r.getTrainees() == null ? 0 : r.getTrainees(),
                    r.getHours() == null ? null : new Hours(r.getHours()),
                    r.getStartDate(),
                    r.getEndDate(),
                    r.getPlace()));
        }
        List<ProjectModule> mo = modules.stream()
                .filter(r -> r.getModule() != null)
                .map(r -> new ProjectModule(r.getModule(), hours(r.getHours())))
                .toList();
        List<ProjectQuota> qu = quotas.stream()
                .filter(r -> r.getUnitId() != null)
                .map(r -> new ProjectQuota(r.getUnitId(), r.getPlaces() == null ? 0 : r.getPlaces()))
                .toList();
        List<ProjectCourse> co = new ArrayList<>();
        for (CourseRow r : courses) {
            if ((r.getTitle() == null || r.getTitle().isBlank()) && r.getHours() == null) {
                continue;
            }
            co.add(new ProjectCourse(co.size() + 1, r.getTitle(), r.getKind(), hours(r.getHours()), r.isPractical()));
        }
        List<String> subjects =
                audienceSubjects == null ? List.of() : Arrays.asList(audienceSubjects.split("[、,，;；\\s]+"));
        return new ProjectTerms(
                code,
                name,
                level,
                category,
                proposingUnit,
                selection,
                creditRate,
                capacity == null ? 0 : capacity,
                budget,
                hostId,
                hosts,
                leadId,
                advisers,
                audience,
                audienceStages,
                subjects,
                st,
                mo,
                qu,
                co,
                minTrainees,
                approvalChain);
    }

    private static Hours hours(BigDecimal value) {
        return new Hours(value == null ? BigDecimal.ZERO : value);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getProposingUnit() {
        return proposingUnit;
    }

    public void setProposingUnit(String proposingUnit) {
        this.proposingUnit = proposingUnit;
    }

    public Selection getSelection() {
        return selection;
    }

    public void setSelection(Selection selection) {
        this.selection = selection;
    }

    public BigDecimal getCreditRate() {
        return creditRate;
    }

    public void setCreditRate(BigDecimal creditRate) {
        this.creditRate = creditRate;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public cn.edu.ttms.domain.model.project.ApprovalChain getApprovalChain() {
        return approvalChain;
    }

    public void setApprovalChain(cn.edu.ttms.domain.model.project.ApprovalChain approvalChain) {
        this.approvalChain = approvalChain;
    }

    public cn.edu.ttms.domain.model.project.ApprovalChain[] getApprovalChains() {
        return cn.edu.ttms.domain.model.project.ApprovalChain.values();
    }

    public Integer getMinTrainees() {
        return minTrainees;
    }

    public void setMinTrainees(Integer minTrainees) {
        this.minTrainees = minTrainees;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }

    public String getHosts() {
        return hosts;
    }

    public void setHosts(String hosts) {
        this.hosts = hosts;
    }

    public Long getLeadId() {
        return leadId;
    }

    public void setLeadId(Long leadId) {
        this.leadId = leadId;
    }

    public String getAdvisers() {
        return advisers;
    }

    public void setAdvisers(String advisers) {
        this.advisers = advisers;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public List<SchoolStage> getAudienceStages() {
        return audienceStages;
    }

    public void setAudienceStages(List<SchoolStage> audienceStages) {
        this.audienceStages = audienceStages == null ? new ArrayList<>() : new ArrayList<>(audienceStages);
    }

    public String getAudienceSubjects() {
        return audienceSubjects;
    }

    public void setAudienceSubjects(String audienceSubjects) {
        this.audienceSubjects = audienceSubjects;
    }

    public List<StageRow> getStages() {
        return stages;
    }

    public List<ModuleRow> getModules() {
        return modules;
    }

    public List<QuotaRow> getQuotas() {
        return quotas;
    }

    public List<CourseRow> getCourses() {
        return courses;
    }
}
