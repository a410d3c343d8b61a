package cn.edu.ttms.domain.model.material;

import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One file of a project's materials (培训材料): what it is, its name, type, size and SHA-256, who uploaded
 * it and when. Its bytes are a {@link ProjectMaterialFile} of their own, so that listing never reads them.
 * Kept until deleted by the project's side; every upload and deletion is in the audit trail under the
 * project's owner.
 */
@Entity
@Table(name = "project_material")
public class ProjectMaterial implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private MaterialKind kind;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @AuditScope
    @Column(name = "owner_path", nullable = false, updatable = false)
    private String ownerPath;

    protected ProjectMaterial() {}

    /**
     * A file uploaded for a project: refused ({@link InvalidMaterial}) when it is empty or not an accepted
     * type by both its name and its first bytes.
     *
     * @param ownerPath the project's owner, which places the audit entries
     */
    public ProjectMaterial(
            long projectId,
            String ownerPath,
            MaterialKind kind,
            String fileName,
            byte[] content,
            String uploadedBy,
            Instant at) {
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw InvalidMaterial.empty(name);
        }
        MaterialFileType type = MaterialFileType.of(name, content).orElseThrow(() -> InvalidMaterial.type(name));
        this.projectId = projectId;
        this.ownerPath = Objects.requireNonNull(ownerPath, "ownerPath");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fileName = name;
        this.contentType = type.contentType();
        this.size = content.length;
        this.sha256 = sha256(content);
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(at, "at");
    }

    /** The name without any folder a browser sent, at most 255 characters (keeping the extension). */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.length() > 255) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 255 - ext.length()) + ext;
        }
        return name.isEmpty() ? "file" : name;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("projectId", projectId);
        state.put("kind", kind.name());
        state.put("fileName", fileName);
        state.put("size", size);
        state.put("sha256", sha256);
        return state;
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public MaterialKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String ownerPath() {
        return ownerPath;
    }
}
