package cn.edu.ttms.interfaces.rest.document;

import cn.edu.ttms.application.archive.Archives;
import cn.edu.ttms.application.document.Transcripts;
import cn.edu.ttms.interfaces.rest.problem.BadParameter;
import cn.edu.ttms.interfaces.shared.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/teachers/{id}/transcript?cycleStart=} (api.md): the signed transcript of a cycle (the
 * current one by default). For the teacher themself and staff in scope; another teacher's id answers 404.
 */
@ApplicationScoped
@Path("v1/teachers/{id}/transcript")
@Tag(name = "documents")
public class TranscriptResource {

    @Inject
    Transcripts transcripts;

    @Inject
    Archives archives;

    @Inject
    PublicAddress address;

    @GET
    @Produces("application/pdf")
    @Operation(operationId = "getTranscript", summary = "教师一个周期的培训学时学分证明（带签名的 PDF；验证码见 X-Verification-Code）")
    @APIResponse(
            responseCode = "200",
            description = "签名的 PDF",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response transcript(
            @PathParam("id") long id,
            @QueryParam("cycleStart") Integer cycleStart,
            @Context HttpServletRequest request) {
        if (cycleStart != null
                && (cycleStart < Transcripts.FIRST_CYCLE_YEAR || cycleStart > Transcripts.LAST_CYCLE_YEAR)) {
            // the parameter's own problem (api.md's shape), before the service's same check
            throw new BadParameter(
                    "cycleStart",
                    "api.expects.range",
                    Transcripts.FIRST_CYCLE_YEAR + "–" + Transcripts.LAST_CYCLE_YEAR,
                    false,
                    String.valueOf(cycleStart));
        }
        int start = cycleStart == null ? archives.currentCycleStart(id) : cycleStart;
        return DocumentDownloads.pdf(transcripts.transcript(id, start, address.base(request)));
    }
}
