package cn.edu.ttms.interfaces.rest.material;

import cn.edu.ttms.application.material.MaterialList;
import cn.edu.ttms.application.material.MaterialView;
import cn.edu.ttms.domain.model.material.MaterialKind;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of {@code /api/v1/projects/{id}/materials}. */
public final class MaterialJson {

    private MaterialJson() {}

    /** One file of a project's materials. */
    @Schema(name = "ProjectMaterial")
    @JsonbPropertyOrder({
        "id",
        "kind",
        "kindLabel",
        "fileName",
        "contentType",
        "size",
        "sha256",
        "uploadedBy",
        "uploadedAt"
    })
    public record Item(
            long id,
            MaterialKind kind,

            @Schema(description = "材料类别的名称（按 Accept-Language）")
            String kindLabel,

            String fileName,
            String contentType,
            @Schema(description = "字节数") long size,
            @Schema(description = "文件内容的 SHA-256（十六进制）") String sha256,
            String uploadedBy,
            Instant uploadedAt) {

        static Item of(MaterialView m, Locale locale) {
            return new Item(
                    m.id(),
                    m.kind(),
                    DomainMessages.format(m.kind().messageKey(), List.of(), locale),
                    m.fileName(),
                    m.contentType(),
                    m.size(),
                    m.sha256(),
                    m.uploadedBy(),
                    m.uploadedAt());
        }
    }

    /**
     * A project's materials: the files, the required kinds still without one, the day they are due by
     * (a month after the last day; null when the project owes none) and whether that day has passed.
     */
    @Schema(name = "ProjectMaterials")
    @JsonbPropertyOrder({"items", "total", "missing", "dueBy", "overdue"})
    public record Materials(
            List<Item> items,
            long total,
            @Schema(description = "尚未上传的必交材料类别") List<MaterialKind> missing,

            @JsonbNillable @Schema(nullable = true, description = "最后一天后一个月；项目无需提交时为 null")
            LocalDate dueBy,

            @Schema(description = "已过期限且仍缺材料") boolean overdue) {

        static Materials of(MaterialList list, Locale locale) {
            List<Item> items =
                    list.items().stream().map(m -> Item.of(m, locale)).toList();
            return new Materials(items, items.size(), list.missing(), list.dueBy(), list.overdue());
        }
    }

    /** What the OpenAPI document shows for the multipart body of an upload: the parts {@code file} and {@code kind}. */
    @Schema(
            name = "ProjectMaterialUpload",
            requiredProperties = {"file", "kind"})
    public record UploadForm(
            @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary",
                    description = "pdf、doc/docx、xls/xlsx、jpg/jpeg/png 或 zip（按内容核对类型）")
            String file,

            MaterialKind kind) {}
}
