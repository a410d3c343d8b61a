package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.material.MaterialKind;
import cn.edu.ttms.domain.model.material.MaterialRepository;
import cn.edu.ttms.domain.model.material.ProjectMaterial;
import cn.edu.ttms.domain.model.material.ProjectMaterialFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaMaterialRepository implements MaterialRepository {

    /** Ids per IN list: well under every database's limit on bound parameters. */
    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public ProjectMaterial store(ProjectMaterial material, byte[] content) {
        em.persist(material); // the id comes from the table generator here; the bytes' row follows (@MapsId)
        em.persist(new ProjectMaterialFile(material, content));
        return material;
    }

    @Override
    public Optional<ProjectMaterial> find(long id) {
        return Optional.ofNullable(em.find(ProjectMaterial.class, id));
    }

    @Override
    public List<ProjectMaterial> ofProject(long projectId) {
        return em
                .createQuery(
                        "SELECT m FROM ProjectMaterial m WHERE m.projectId = :project ORDER BY m.uploadedAt, m.id",
                        ProjectMaterial.class)
                .setParameter("project", projectId)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(ProjectMaterial::kind)) // stable: upload order within a kind
                .toList();
    }

    @Override
    public byte[] contentOf(ProjectMaterial material) {
        Object content = em.createNativeQuery("SELECT content FROM project_material_content WHERE material_id = ?")
                .setParameter(1, material.id())
                .getSingleResult();
        return Blobs.bytes(content);
    }

    @Override
    public void remove(ProjectMaterial material) {
        em.createQuery("DELETE FROM ProjectMaterialFile f WHERE f.materialId = :id")
                .setParameter("id", material.id())
                .executeUpdate();
        em.remove(em.contains(material) ? material : em.merge(material));
    }

    @Override
    public Map<Long, Set<MaterialKind>> kindsOf(Collection<Long> projectIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(projectIds));
        Map<Long, Set<MaterialKind>> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            em.createQuery(
                            "SELECT DISTINCT m.projectId, m.kind FROM ProjectMaterial m WHERE m.projectId IN :ids",
                            Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .getResultList()
                    .forEach(row -> out.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(MaterialKind.class))
                            .add((MaterialKind) row[1]));
        }
        return out;
    }
}
