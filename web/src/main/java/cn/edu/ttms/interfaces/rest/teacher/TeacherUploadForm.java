package cn.edu.ttms.interfaces.rest.teacher;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the OpenAPI document shows for the multipart body of a teacher import: the part {@code file}. */
@Schema(name = "TeacherImportUpload", requiredProperties = "file")
public record TeacherUploadForm(
        @Schema(type = SchemaType.STRING, format = "binary", description = "xlsx、xls 或 CSV（UTF-8/GBK）")
        String file) {}
