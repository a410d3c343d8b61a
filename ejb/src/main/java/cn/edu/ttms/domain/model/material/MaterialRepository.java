package cn.edu.ttms.domain.model.material;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Projects' materials; callers check who may see the project first (the project's scope is theirs). */
public interface MaterialRepository {

    /** Stores a new material with its bytes (beside it, in their own row). */
    ProjectMaterial store(ProjectMaterial material, byte[] content);

    Optional<ProjectMaterial> find(long id);

    /** A project's materials in the order of their kinds, then of their upload; never their bytes. */
    List<ProjectMaterial> ofProject(long projectId);

    /** The bytes of a stored material. */
    byte[] contentOf(ProjectMaterial material);

    /** Removes a material and its bytes. */
    void remove(ProjectMaterial material);

    /** The kinds each of these projects has files of (a project with none is absent). */
    Map<Long, Set<MaterialKind>> kindsOf(Collection<Long> projectIds);
}
