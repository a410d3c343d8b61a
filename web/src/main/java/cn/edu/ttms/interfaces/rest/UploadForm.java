package cn.edu.ttms.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form of every import: one {@code file} field with the spreadsheet (xlsx, xls or CSV). */
@Schema(name = "UploadForm")
public record UploadForm(
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "xlsx、xls 或 CSV 文件")
        String file) {}
