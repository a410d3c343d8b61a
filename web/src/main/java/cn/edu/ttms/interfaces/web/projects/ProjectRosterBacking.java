package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.application.enrolment.Enrolments;
import cn.edu.ttms.application.enrolment.Roster;
import cn.edu.ttms.application.enrolment.RosterLine;
import cn.edu.ttms.application.teacher.TeacherRegistry;
import cn.edu.ttms.application.teacher.TeacherSummary;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.primefaces.model.LazyDataModel;

/**
 * The roster section of app/projects/view.xhtml (参培学员名单): the trainees the caller may see, a
 * page at a time, with a withdrawal per trainee (with a reason), and the nomination of one of the
 * caller's teachers while the project is enrolling (选派教师). The project is {@link ProjectViewBacking}'s.
 */
@Named
@ViewScoped
public class ProjectRosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Suggestions offered at once; typing more narrows them. */
    private static final int SUGGESTIONS = 10;

    /** Before enrolment opens there is nobody to list. */
    private static final Set<ProjectStatus> NO_ROSTER =
            EnumSet.of(ProjectStatus.DRAFT, ProjectStatus.SUBMITTED, ProjectStatus.APPROVED, ProjectStatus.PUBLISHED);

    @Inject
    ProjectViewBacking view;

    @Inject
    Enrolments enrolments;

    @Inject
    TeacherRegistry registry;

    private LazyDataModel<RosterLine> roster;
    private long total;
    private int capacity;
    private RosterLine withdrawing;
    private String reason;
    private String teacher;
    /** The labels last suggested, with their teachers: the choice is one of them. */
    private final Map<String, Long> offered = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        roster = new PagedModel<>(this::page, this::count, RosterLine::enrolmentId);
    }

    private List<RosterLine> page(int first, int max) {
        Roster r = fetch(first, max);
        return r == null ? List.of() : r.lines();
    }

    private long count() {
        Roster r = fetch(0, 1);
        return r == null ? 0 : r.total();
    }

    private Roster fetch(int first, int max) {
        try {
            Roster r = enrolments.roster(view.getId(), first, max);
            total = r.total();
            capacity = r.capacity();
            return r;
        } catch (DomainException notForThisReader) {
            return null; // e.g. a lead of another institution: no roster, nothing to say
        }
    }

    /** For readers of rosters, once enrolment has opened. */
    public boolean isShown() {
        return view.getSheet() != null
                && !NO_ROSTER.contains(status())
                && any(
                        "ADMIN",
                        "PROVINCE_OFFICER",
                        "BUREAU_STAFF",
                        "BUREAU_REVIEWER",
                        "SCHOOL_ADMIN",
                        "PROJECT_LEAD",
                        "INSTITUTION_STAFF");
    }

    /** Bureaus and schools take a trainee out before the training starts. */
    public boolean isMayWithdraw() {
        return (status() == ProjectStatus.ENROLLING || status() == ProjectStatus.PUBLISHED) && staffWhoEnrol();
    }

    public boolean isMayNominate() {
        return status() == ProjectStatus.ENROLLING && staffWhoEnrol();
    }

    /** 已报名 12 / 70 */
    public String getCountLine() {
        return Messages.text(FacesContext.getCurrentInstance(), "roster.count", total, capacity);
    }

    public void askWithdraw(RosterLine line) {
        withdrawing = line;
        reason = null;
    }

    public void confirmWithdraw() {
        if (withdrawing == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            enrolments.withdraw(withdrawing.enrolmentId(), reason);
            Messages.info(faces, null, "roster.withdrawn", withdrawing.name());
            withdrawing = null;
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    public void dismissWithdraw() {
        withdrawing = null;
    }

    /** The caller's teachers whose name starts with the text (or whose identity number ends with it). */
    public List<String> suggest(String text) {
        offered.clear();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        for (TeacherSummary t : registry.list(TeacherQuery.text(text.strip()), 0, SUGGESTIONS)) {
            offered.putIfAbsent(t.name() + " · " + t.schoolName() + " · …" + t.idSuffix(), t.id());
        }
        return new ArrayList<>(offered.keySet());
    }

    public void nominate() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Long teacherId = teacher == null ? null : offered.get(teacher);
        if (teacherId == null) {
            Messages.error(faces, null, "roster.nominate.choose");
            return;
        }
        try {
            enrolments.nominate(view.getId(), teacherId);
            Messages.info(faces, null, "roster.nominated", teacher.substring(0, teacher.indexOf(" · ")));
            teacher = null;
            offered.clear();
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    public String channel(RosterLine line) {
        return Messages.text(FacesContext.getCurrentInstance(), "enrolment.channel." + line.channel());
    }

    public String shown(Instant at) {
        return Times.shown(at);
    }

    private ProjectStatus status() {
        return view.getSheet() == null ? null : view.getSheet().project().status();
    }

    private boolean staffWhoEnrol() {
        return any("ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN");
    }

    private static boolean any(String... roles) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return Stream.of(roles).anyMatch(context::isUserInRole);
    }

    public LazyDataModel<RosterLine> getRoster() {
        return roster;
    }

    public RosterLine getWithdrawing() {
        return withdrawing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTeacher() {
        return teacher;
    }

    public void setTeacher(String teacher) {
        this.teacher = teacher;
    }
}
