package cn.edu.ttms.interfaces.rest.system;

import cn.edu.ttms.application.backup.SystemBackups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/system/backups} (README, "Backup and restore"): on the embedded H2 database, a
 * consistent copy of the running database into {@code <data dir>/backups/ttms-<yyyyMMdd-HHmmss>.zip} → 201
 * {@code {"file", "bytes", "schemaVersion", "createdAt"}}; on MySQL/MariaDB 409 naming ops/bin/backup.sh. An
 * administrator of the top unit only (others 403). {@code ops/bin/backup.sh} calls it on H2.
 */
@ApplicationScoped
@Path("v1/system/backups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "system")
public class SystemBackupResource {

    @Inject
    SystemBackups backups;

    /** A backup written on the server. */
    @Schema(name = "SystemBackup")
    @JsonbPropertyOrder({"file", "bytes", "schemaVersion", "createdAt"})
    public record SystemBackup(
            @Schema(description = "服务器上的备份文件（绝对路径） (the file on the server)")
            String file,

            @Schema(description = "文件大小（字节） (size in bytes)")
            long bytes,

            @Schema(description = "数据库结构版本（Flyway） (schema version)")
            String schemaVersion,

            Instant createdAt) {

        static SystemBackup of(SystemBackups.Backup b) {
            return new SystemBackup(b.file(), b.bytes(), b.schemaVersion(), b.createdAt());
        }
    }

    @POST
    @Operation(
            operationId = "createSystemBackup",
            summary = "备份内置 H2 数据库（最上级单位的管理员；MySQL/MariaDB 答 409，请用 ops/bin/backup.sh）")
    @APIResponse(
            responseCode = "201",
            description = "已写入备份文件",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SystemBackup.class)))
    public Response create() {
        return Response.status(Response.Status.CREATED)
                .entity(SystemBackup.of(backups.create()))
                .build();
    }
}
