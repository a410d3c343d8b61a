package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Level;
import java.io.Serializable;

/** One line of the project list (JavaBean getters: PrimeFaces sorts and keys rows by property). */
public record ProjectRow(
        long id,
        String code,
        String name,
        int year,
        Level level,
        ProjectStatus status,
        String category,
        String hosts,
        int places,
        String planName)
        implements Serializable {

    static ProjectRow of(TrainingProject p) {
        return new ProjectRow(
                p.id(),
                p.code(),
                p.name(),
                p.year(),
                p.level(),
                p.status(),
                p.category(),
                p.hosts(),
                p.places(),
                p.plan().name());
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
