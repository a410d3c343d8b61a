package cn.edu.ttms.application.material;

import cn.edu.ttms.application.result.BatchAccess;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.material.MaterialKind;
import cn.edu.ttms.domain.model.material.MaterialRepository;
import cn.edu.ttms.domain.model.material.MaterialsDue;
import cn.edu.ttms.domain.model.material.ProjectMaterial;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Conflict;
import cn.edu.ttms.domain.model.shared.Forbidden;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A project's materials (培训材料, workflow.md §6): after the class its host uploads the notice, plan,
 * photos, summary and satisfaction results within a month of the last day. Those who enter the class's
 * results ({@link BatchAccess#enters}: its lead, its host's staff, the owning unit) upload and delete;
 * they and the staff whose subtree owns the project see and download. Teachers have no part (403); a
 * project the caller does not see is not found (404). Uploads and deletions are in the audit trail (the
 * entity is {@code Audited}); downloads are not personal data and are not audited per teacher.
 */
@Stateless
@RolesAllowed({
    "ADMIN",
    "PROVINCE_OFFICER",
    "BUREAU_STAFF",
    "BUREAU_REVIEWER",
    "SCHOOL_ADMIN",
    "PROJECT_LEAD",
    "INSTITUTION_STAFF"
})
public class ProjectMaterials {

    @Inject
    CurrentCaller caller;

    @Inject
    BatchAccess access;

    @Inject
    ProjectRepository projects;

    @Inject
    MaterialRepository materials;

    /** The project's materials, what is missing and by when. */
    public MaterialList list(long projectId) {
        Caller me = caller.get();
        TrainingProject project = visible(me, projectId);
        List<MaterialView> items =
                materials.ofProject(projectId).stream().map(MaterialView::of).toList();
        MaterialsDue due = MaterialsDue.of(
                project.status(),
                project.lastDay(),
                items.stream().map(MaterialView::kind).toList(),
                LocalDate.now());
        return new MaterialList(
                items,
                List.copyOf(due.missing()),
                due.dueBy(),
                due.overdue(),
                access.enters(me, project) && changeable(project.status()));
    }

    /**
     * Uploads a file of the project's materials: an accepted type by name and content, not empty (422
     * naming {@code file}); refused while the project is archived or cancelled (409).
     */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN", "PROJECT_LEAD", "INSTITUTION_STAFF"})
    public MaterialView upload(long projectId, MaterialKind kind, String fileName, byte[] content) {
        Caller me = caller.get();
        TrainingProject project = enterable(me, projectId);
        if (!changeable(project.status())) {
            throw closed(project.status());
        }
        ProjectMaterial material = new ProjectMaterial(
                projectId,
                project.ownerPath(),
                Objects.requireNonNull(kind, "kind"),
                fileName,
                content,
                me.username(),
                Instant.now());
        return MaterialView.of(materials.store(material, content));
    }

    /** A material's file; not found unless it is the project's and the caller sees the project. */
    public MaterialContent download(long projectId, long materialId) {
        Caller me = caller.get();
        visible(me, projectId);
        ProjectMaterial m = ofProject(projectId, materialId);
        return new MaterialContent(m.fileName(), m.contentType(), materials.contentOf(m));
    }

    /** Deletes a material, by those who upload them, while the project is not archived. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN", "PROJECT_LEAD", "INSTITUTION_STAFF"})
    public void delete(long projectId, long materialId) {
        Caller me = caller.get();
        TrainingProject project = enterable(me, projectId);
        ProjectMaterial m = ofProject(projectId, materialId);
        if (project.status() == ProjectStatus.ARCHIVED) {
            throw closed(project.status());
        }
        materials.remove(m);
    }

    /**
     * The classes the caller leads or hosts that owe materials today: ended, running or past, something
     * required missing — those overdue first, then by their deadline.
     */
    public List<MaterialsOwed> owed(LocalDate today) {
        List<TrainingProject> own = projects.inStatus(access.ownProjects(caller.get()), MaterialsDue.OWING);
        Map<Long, Set<MaterialKind>> present =
                materials.kindsOf(own.stream().map(TrainingProject::id).toList());
        return own.stream()
                .map(p -> {
                    MaterialsDue due =
                            MaterialsDue.of(p.status(), p.lastDay(), present.getOrDefault(p.id(), Set.of()), today);
                    return due.due()
                            ? new MaterialsOwed(
                                    p.id(), p.name(), due.dueBy(), due.overdue(), List.copyOf(due.missing()))
                            : null;
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(MaterialsOwed::overdue).reversed().thenComparing(MaterialsOwed::dueBy))
                .toList();
    }

    private TrainingProject visible(Caller me, long projectId) {
        TrainingProject project =
                projects.find(projectId).orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        if (!access.seesProject(me, project)) {
            throw new RecordNotFound("TrainingProject", projectId);
        }
        return project;
    }

    /** The project when the caller may change its materials; seen but not theirs → 403. */
    private TrainingProject enterable(Caller me, long projectId) {
        TrainingProject project = visible(me, projectId);
        if (!access.enters(me, project)) {
            throw new Forbidden(
                    "error.material.notYours", "only the class's lead, host or owning unit changes its materials");
        }
        return project;
    }

    private ProjectMaterial ofProject(long projectId, long materialId) {
        return materials
                .find(materialId)
                .filter(m -> m.projectId() == projectId)
                .orElseThrow(() -> new RecordNotFound("ProjectMaterial", materialId));
    }

    private static boolean changeable(ProjectStatus status) {
        return status != ProjectStatus.ARCHIVED && status != ProjectStatus.CANCELLED;
    }

    private static Conflict closed(ProjectStatus status) {
        return new Conflict("error.material.closed", "the project's materials no longer change in " + status, status);
    }
}
