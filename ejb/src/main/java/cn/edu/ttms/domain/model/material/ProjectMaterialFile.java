package cn.edu.ttms.domain.model.material;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** The bytes of a project's material, in a table of their own so that listing materials never reads them. */
@Entity
@Table(name = "project_material_content")
public class ProjectMaterialFile {

    @Id
    @Column(name = "material_id")
    private Long materialId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "material_id")
    private ProjectMaterial material;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected ProjectMaterialFile() {}

    public ProjectMaterialFile(ProjectMaterial material, byte[] content) {
        this.material = Objects.requireNonNull(material, "material");
        this.materialId = material.id();
        this.content = Objects.requireNonNull(content, "content"); // handed over, never changed
    }

    public Long materialId() {
        return materialId;
    }
}
