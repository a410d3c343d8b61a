package cn.edu.ttms.application.material;

import cn.edu.ttms.domain.model.material.MaterialKind;
import cn.edu.ttms.domain.model.material.ProjectMaterial;
import java.io.Serializable;
import java.time.Instant;

/** One file of a project's materials as lists show it (never its bytes). */
public record MaterialView(
        long id,
        long projectId,
        MaterialKind kind,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt)
        implements Serializable {

    static MaterialView of(ProjectMaterial m) {
        return new MaterialView(
                m.id(),
                m.projectId(),
                m.kind(),
                m.fileName(),
                m.contentType(),
                m.size(),
                m.sha256(),
                m.uploadedBy(),
                m.uploadedAt());
    }
}
