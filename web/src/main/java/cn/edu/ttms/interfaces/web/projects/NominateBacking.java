package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.application.enrolment.Enrolments;
import cn.edu.ttms.application.enrolment.NominationOutcome;
import cn.edu.ttms.application.project.ProjectEditing;
import cn.edu.ttms.application.project.ProjectSheet;
import cn.edu.ttms.application.teacher.TeacherRegistry;
import cn.edu.ttms.application.teacher.TeacherSummary;
import cn.edu.ttms.domain.model.project.Audience;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * app/projects/nominate.xhtml?id=… (批量选派, issue 17, item 7): the caller's teachers filtered by
 * subject and stage, many chosen at once and nominated in one action; those outside the project's
 * audience are named first, to go ahead with or to leave out. Each teacher's outcome is listed.
 */
@Named
@ViewScoped
public class NominateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A filter lists at most this many teachers: the caller narrows it down further. */
    static final int LISTED = Enrolments.MAX_NOMINEES;

    @Inject
    ProjectEditing editing;

    @Inject
    TeacherRegistry registry;

    @Inject
    Enrolments enrolments;

    private long id;
    private String projectName;
    private ProjectStatus status;
    private Audience audience;
    private String subject;
    private SchoolStage stage;
    private List<TeacherSummary> teachers = List.of();
    private boolean more;
    private List<TeacherSummary> selected = new ArrayList<>();
    /** The chosen teachers outside the audience, with why, while the caller is asked to confirm. */
    private List<Outside> outside = List.of();

    private List<Outcome> outcomes = List.of();

    /** A nominee outside the project's audience and the reason in words. */
    public record Outside(TeacherSummary teacher, String why) implements Serializable {}

    /** A teacher's outcome in words. */
    public record Outcome(String name, String school, boolean nominated, String text) implements Serializable {}

    public void load() {
        try {
            ProjectSheet sheet = editing.sheet(id);
            projectName =
                    (sheet.terms().code() == null ? "" : "(" + sheet.terms().code() + ") ")
                            + sheet.terms().name();
            status = sheet.project().status();
            audience = Audience.of(sheet.terms());
            filter();
        } catch (DomainException e) {
            audience = null;
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    /** Whether the project takes nominations now and the caller may make them. */
    public boolean isOpen() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return audience != null
                && status == ProjectStatus.ENROLLING
                && (faces.getExternalContext().isUserInRole("ADMIN")
                        || faces.getExternalContext().isUserInRole("BUREAU_STAFF")
                        || faces.getExternalContext().isUserInRole("SCHOOL_ADMIN"));
    }

    public void filter() {
        String s = subject == null || subject.isBlank() ? null : subject.strip();
        List<TeacherSummary> found =
                registry.list(new TeacherQuery(null, null, s, stage, null, "name", false), 0, LISTED + 1);
        more = found.size() > LISTED;
        teachers = more ? found.subList(0, LISTED) : found;
        outside = List.of();
    }

    /** The first step: nominate at once when everyone chosen is of the audience, else name who is not. */
    public void check() {
        FacesContext faces = FacesContext.getCurrentInstance();
        outcomes = List.of();
        if (selected == null || selected.isEmpty()) {
            Messages.error(faces, null, "nominate.chooseSome");
            return;
        }
        List<Outside> found = new ArrayList<>();
        for (TeacherSummary t : selected) {
            Set<Audience.Mismatch> mismatches = audience.mismatches(t.subject(), t.stage());
            if (!mismatches.isEmpty()) {
                found.add(new Outside(t, why(faces, t, mismatches)));
            }
        }
        outside = found;
        if (outside.isEmpty()) {
            nominate();
        }
    }

    private static String why(FacesContext faces, TeacherSummary t, Set<Audience.Mismatch> mismatches) {
        List<String> parts = new ArrayList<>();
        if (mismatches.contains(Audience.Mismatch.STAGE)) {
            parts.add(Messages.text(
                    faces,
                    "nominate.outside.stage",
                    t.stage() == null
                            ? Messages.text(faces, "nominate.none")
                            : domain(faces, t.stage().messageKey())));
        }
        if (mismatches.contains(Audience.Mismatch.SUBJECT)) {
            parts.add(Messages.text(
                    faces,
                    "nominate.outside.subject",
                    t.subject() == null ? Messages.text(faces, "nominate.none") : t.subject()));
        }
        return String.join(Messages.text(faces, "nominate.separator"), parts);
    }

    private static String domain(FacesContext faces, String key) {
        return DomainMessages.format(key, List.of(), faces.getViewRoot().getLocale());
    }

    /** Go ahead with everyone chosen, those outside the audience too. */
    public void nominate() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<Long, TeacherSummary> byId = selected.stream()
                .collect(Collectors.toMap(TeacherSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        try {
            List<NominationOutcome> done = enrolments.nominateAll(id, new ArrayList<>(byId.keySet()));
            List<Outcome> out = new ArrayList<>();
            for (NominationOutcome o : done) {
                TeacherSummary t = byId.get(o.teacherId());
                out.add(new Outcome(
                        t.name(),
                        t.schoolName(),
                        o.nominated(),
                        o.nominated()
                                ? Messages.text(
                                        faces, "nominate.done." + o.status().name())
                                : DomainMessages.format(
                                        o.refusalKey(),
                                        o.refusalArgs(),
                                        faces.getViewRoot().getLocale())));
            }
            outcomes = out;
            long ok = done.stream().filter(NominationOutcome::nominated).count();
            if (ok > 0) {
                Messages.info(faces, null, "nominate.summary", ok, done.size() - ok);
            } else {
                Messages.error(faces, null, "nominate.summary", ok, done.size() - ok);
            }
            selected = new ArrayList<>();
            outside = List.of();
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    /** Leave those outside the audience out, and go back to the choice. */
    public void leaveOutside() {
        Set<Long> out = outside.stream().map(o -> o.teacher().id()).collect(Collectors.toSet());
        selected = new ArrayList<>(
                selected.stream().filter(t -> !out.contains(t.id())).toList());
        outside = List.of();
    }

    /** The audience in words: "初中 · 数学、物理", or that anyone may come. */
    public String getAudienceText() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (audience == null) {
            return "";
        }
        if (audience.anyone()) {
            return Messages.text(faces, "nominate.audience.anyone");
        }
        List<String> parts = new ArrayList<>();
        if (!audience.stages().isEmpty()) {
            parts.add(audience.stages().stream()
                    .map(st -> domain(faces, st.messageKey()))
                    .collect(Collectors.joining("、")));
        }
        if (!audience.subjects().isEmpty()) {
            parts.add(String.join("、", audience.subjects()));
        }
        return String.join(" · ", parts);
    }

    /** A row's fit to the audience: ✓, or why not. */
    public String fit(TeacherSummary t) {
        if (audience == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Set<Audience.Mismatch> mismatches = audience.mismatches(t.subject(), t.stage());
        return mismatches.isEmpty() ? "✓" : why(faces, t, mismatches);
    }

    public String stageText(SchoolStage st) {
        return st == null ? "" : domain(FacesContext.getCurrentInstance(), st.messageKey());
    }

    public SchoolStage[] getStages() {
        return SchoolStage.values();
    }

    /** Whether the project was found for the caller. */
    public boolean isFound() {
        return audience != null;
    }

    public String getProjectName() {
        return projectName;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public SchoolStage getStage() {
        return stage;
    }

    public void setStage(SchoolStage stage) {
        this.stage = stage;
    }

    public List<TeacherSummary> getTeachers() {
        return teachers;
    }

    public boolean isMore() {
        return more;
    }

    public List<TeacherSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<TeacherSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<Outside> getOutside() {
        return outside;
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }
}
