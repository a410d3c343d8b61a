package cn.edu.ttms.application.project;

import cn.edu.ttms.application.audit.AuditView;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.domain.model.project.ProjectTerms;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Violation;
import java.util.List;
import java.util.Map;

/**
 * A project as its page shows it, read in one transaction: its terms, the hours under the policy in
 * force (null when a stage lacks its figures), the names of the units it names and of its lead, the warnings, the steps the
 * caller may take, its history from the audit trail, whether the caller may edit its terms now, and
 * the name of the unit that proposed it (null for the owning bureau's own project).
 */
public record ProjectSheet(
        TrainingProject project,
        ProjectTerms terms,
        Hours hours,
        String policy,
        Map<Long, String> names,
        String leadName,
        List<Violation> warnings,
        List<ProjectAction> actions,
        List<AuditView> history,
        boolean mayEdit,
        String proposerName) {

    /** The name of a unit or account the project refers to, or its id when it is gone. */
    public String nameOf(Long id) {
        return id == null ? "" : names.getOrDefault(id, "#" + id);
    }
}
