package cn.edu.ttms.interfaces.web.teachers;

import cn.edu.ttms.application.teacher.TeacherRegistry;
import cn.edu.ttms.application.teacher.TeacherSummary;
import cn.edu.ttms.domain.model.teacher.DesignationKind;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** app/teachers/list.xhtml: the registry of the teachers in the caller's scope. */
@Named
@ViewScoped
public class TeacherListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeacherRegistry registry;

    private String text;
    private String subject;
    private SchoolStage stage;
    private DesignationKind designation;
    private LazyDataModel<TeacherSummary> teachers;

    @PostConstruct
    void init() {
        teachers = new TeacherLazyModel(registry, this::query);
    }

    TeacherQuery query() {
        return new TeacherQuery(text, null, subject, stage, designation, null, false);
    }

    public SchoolStage[] getStages() {
        return SchoolStage.values();
    }

    public DesignationKind[] getDesignationKinds() {
        return DesignationKind.values();
    }

    public LazyDataModel<TeacherSummary> getTeachers() {
        return teachers;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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

    public DesignationKind getDesignation() {
        return designation;
    }

    public void setDesignation(DesignationKind designation) {
        this.designation = designation;
    }
}
