package cn.edu.ttms.interfaces.web.teachers;

import cn.edu.ttms.application.organisation.OrganisationAdmin;
import cn.edu.ttms.application.organisation.OrganisationNode;
import cn.edu.ttms.application.teacher.TeacherDetails;
import cn.edu.ttms.application.teacher.TeacherRegistry;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.TeacherProfile;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * app/teachers/view.xhtml?id=…: one teacher's record, and its correction by staff. A record outside
 * the caller's scope is "not found", like one that does not exist; a record saved by someone else
 * meanwhile is not overwritten, and the message says who changed what. Staff record a dated move to
 * another school in their scope (调动) after a confirmation — {@link TeacherRegistry#moveToSchool}, the
 * call behind {@code POST /api/v1/teachers/{id}/moves}.
 */
@Named
@ViewScoped
public class TeacherViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeacherRegistry registry;

    @Inject
    OrganisationAdmin organisations;

    private Long id;
    private TeacherDetails teacher;
    private long version;
    private String name;
    private String phone;
    private String subject;
    private SchoolStage stage;
    private String title;
    private LocalDate serviceStart;
    private boolean privateSchool;
    private List<OrganisationNode> targets;
    private Long moveSchoolId;
    private LocalDate moveOn = LocalDate.now();
    private boolean confirmingMove;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            show(registry.details(id));
        } catch (RecordNotFound e) {
            teacher = null;
            message(FacesMessage.SEVERITY_WARN, e);
        }
    }

    private void show(TeacherDetails details) {
        teacher = details;
        version = details.version();
        name = details.name();
        phone = details.phone();
        subject = details.subject();
        stage = details.stage();
        title = details.title();
        serviceStart = details.serviceStart();
        privateSchool = details.privateSchool();
    }

    public void save() {
        try {
            version = registry.correct(
                    id,
                    version,
                    new TeacherProfile(
                            name, phone, subject, stage, title, serviceStart, privateSchool, teacher.designations()));
            show(registry.details(id));
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    cn.edu.ttms.interfaces.web.shell.Messages.text(
                                            FacesContext.getCurrentInstance(), "teacher.saved"),
                                    null));
        } catch (DomainException e) {
            message(FacesMessage.SEVERITY_ERROR, e);
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** The open schools of the caller's scope other than the teacher's own: where a move may go. */
    public List<OrganisationNode> getTargets() {
        if (targets == null) {
            targets = teacher == null || !isStaff()
                    ? List.of()
                    : organisations.subtree().stream()
                            .filter(u -> u.kind() == OrganisationKind.SCHOOL && !u.closed())
                            .filter(u -> u.id() != teacher.schoolId())
                            .toList();
        }
        return targets;
    }

    /** Staff of the roles {@link TeacherRegistry} serves; teachers reading their own record do not move. */
    public boolean isStaff() {
        var context = FacesContext.getCurrentInstance().getExternalContext();
        return List.of("ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN").stream()
                .anyMatch(context::isUserInRole);
    }

    public void askMove() {
        if (moveSchoolId == null || moveSchoolId == teacher.schoolId()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            cn.edu.ttms.interfaces.web.shell.Messages.error(faces, null, "teacher.move.sameSchool");
            return;
        }
        confirmingMove = true;
    }

    public void dismissMove() {
        confirmingMove = false;
    }

    public void confirmMove() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            registry.moveToSchool(id, moveSchoolId, moveOn);
            String to = getMoveSchoolName();
            show(registry.details(id));
            targets = null;
            confirmingMove = false;
            moveSchoolId = null;
            cn.edu.ttms.interfaces.web.shell.Messages.info(faces, null, "teacher.move.done", teacher.name(), to);
        } catch (DomainException e) {
            confirmingMove = false;
            message(FacesMessage.SEVERITY_ERROR, e);
        } catch (IllegalArgumentException e) {
            confirmingMove = false;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public String getMoveSchoolName() {
        return getTargets().stream()
                .filter(u -> moveSchoolId != null && u.id() == moveSchoolId)
                .map(OrganisationNode::name)
                .findFirst()
                .orElse("");
    }

    public Long getMoveSchoolId() {
        return moveSchoolId;
    }

    public void setMoveSchoolId(Long moveSchoolId) {
        this.moveSchoolId = moveSchoolId;
    }

    public LocalDate getMoveOn() {
        return moveOn;
    }

    public void setMoveOn(LocalDate moveOn) {
        this.moveOn = moveOn;
    }

    public boolean isConfirmingMove() {
        return confirmingMove;
    }

    private static void message(FacesMessage.Severity severity, DomainException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(
                null,
                new FacesMessage(
                        severity, DomainMessages.of(e, faces.getViewRoot().getLocale()), null));
    }

    public SchoolStage[] getStages() {
        return SchoolStage.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TeacherDetails getTeacher() {
        return teacher;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getServiceStart() {
        return serviceStart;
    }

    public void setServiceStart(LocalDate serviceStart) {
        this.serviceStart = serviceStart;
    }

    public boolean isPrivateSchool() {
        return privateSchool;
    }

    public void setPrivateSchool(boolean privateSchool) {
        this.privateSchool = privateSchool;
    }
}
