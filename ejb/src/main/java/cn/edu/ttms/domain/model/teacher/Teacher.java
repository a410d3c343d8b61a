package cn.edu.ttms.domain.model.teacher;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A teacher in the registry: the person whose training hours and credits the system keeps.
 *
 * <p>The identity number is the person's key and never changes. The school changes only by a dated
 * {@link #moveTo move}, which keeps the whole history; the school's materialised path is kept on
 * the teacher so that "teachers in my county" is one indexed prefix query.
 */
@Entity
@Table(name = "teacher")
public class Teacher implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(nullable = false, length = 40)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Gender gender;

    @Convert(converter = IdentityNumberConverter.class)
    @Column(name = "identity_number", nullable = false, length = 18, unique = true, updatable = false)
    private IdentityNumber identityNumber;

    /** The last four characters, indexed: how staff look a person up on the phone. */
    @Column(name = "id_suffix", nullable = false, length = 4, updatable = false)
    private String idSuffix;

    @Column(length = 20)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private Organisation school;

    @Column(name = "school_path", nullable = false, length = 255)
    @AuditScope
    private String schoolPath;

    @Column(nullable = false, length = 20)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SchoolStage stage;

    @Column(length = 20)
    private String title;

    @Column(name = "service_start")
    private LocalDate serviceStart;

    @Column(name = "private_school", nullable = false)
    private boolean privateSchool;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "teacher_designation", joinColumns = @JoinColumn(name = "teacher_id"))
    private List<Designation> designations = new ArrayList<>();

    @Version
    private long version;

    protected Teacher() {}

    public Teacher(IdentityNumber identityNumber, Organisation school, TeacherProfile profile) {
        this.identityNumber = Objects.requireNonNull(identityNumber, "identityNumber");
        if (!identityNumber.valid()) {
            // a flagged number read from the database is shown, never registered again
            throw new IllegalArgumentException("a teacher is registered with a valid identity number only");
        }
        this.idSuffix = identityNumber.suffix();
        this.gender = identityNumber.gender();
        placeAt(school);
        correct(profile);
    }

    /** Staff correct the record; the identity number and the school stay as they are. */
    public void correct(TeacherProfile profile) {
        Objects.requireNonNull(profile, "profile");
        this.name = profile.name();
        this.phone = profile.phone();
        this.subject = profile.subject();
        this.stage = profile.stage();
        this.title = profile.title();
        this.serviceStart = profile.serviceStart();
        this.privateSchool = profile.privateSchool();
        this.designations = new ArrayList<>(profile.designations());
    }

    /** The teacher moves to another school; the caller records the move (who, when) beside it. */
    public TeacherMove moveTo(Organisation newSchool, LocalDate on, String recordedBy) {
        if (newSchool.id() != null && newSchool.id().equals(school.id())) {
            throw new IllegalArgumentException("already at " + newSchool.name());
        }
        Organisation from = school;
        placeAt(newSchool);
        return new TeacherMove(this, from, newSchool, on, recordedBy);
    }

    private void placeAt(Organisation newSchool) {
        Objects.requireNonNull(newSchool, "school");
        if (newSchool.kind() != OrganisationKind.SCHOOL) {
            throw new IllegalArgumentException(newSchool.name() + " is not a school");
        }
        if (newSchool.isClosed()) {
            throw new IllegalArgumentException(newSchool.name() + " is closed");
        }
        this.school = newSchool;
        this.schoolPath = newSchool.path();
    }

    public TeacherProfile profile() {
        return new TeacherProfile(name, phone, subject, stage, title, serviceStart, privateSchool, designations);
    }

    /** The identity number is recorded masked: the audit trail is read by more people than the record. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("identityNumber", identityNumber.masked());
        state.put("phone", phone);
        state.put("school", school.id());
        state.put("schoolPath", schoolPath);
        state.put("subject", subject);
        state.put("stage", stage);
        state.put("title", title);
        state.put("serviceStart", serviceStart);
        state.put("privateSchool", privateSchool);
        state.put("designations", designations);
        return state;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Gender gender() {
        return gender;
    }

    /** As stored; {@link IdentityNumber#valid()} is false when it was changed past the application. */
    public IdentityNumber identityNumber() {
        return identityNumber;
    }

    public String phone() {
        return phone;
    }

    public Organisation school() {
        return school;
    }

    public String schoolPath() {
        return schoolPath;
    }

    public String subject() {
        return subject;
    }

    public SchoolStage stage() {
        return stage;
    }

    public String title() {
        return title;
    }

    public LocalDate serviceStart() {
        return serviceStart;
    }

    public boolean privateSchool() {
        return privateSchool;
    }

    public List<Designation> designations() {
        return List.copyOf(designations);
    }

    public long version() {
        return version;
    }
}
