package cn.edu.ttms.interfaces.rest.accountsheet;

import cn.edu.ttms.application.account.AccountSheetFile;
import cn.edu.ttms.application.account.TeacherAccounts;
import cn.edu.ttms.domain.model.account.AccountSheetFetched;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.params.Paging;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import cn.edu.ttms.interfaces.rest.problem.ProblemTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/account-sheets}: the sheets that carry new teacher accounts' one-time passwords to
 * the schools. A sheet is fetched once: the passwords are generated then and exist only in that
 * file; a second fetch answers 410 Gone naming who fetched it and when. School administrators reach
 * their school's sheets, bureau staff and administrators those of their subtree (404 outside).
 */
@ApplicationScoped
@Path("v1/account-sheets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class AccountSheetResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TeacherAccounts teacherAccounts;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listAccountSheets", summary = "账号表列表（unitId 单位及下级学校的；不给则为调用者单位的），是否已下载、由谁何时下载")
    public AccountSheetList list(@QueryParam("unitId") Long unitId, @BeanParam Paging paging) {
        return new AccountSheetList(
                teacherAccounts.sheets(unitId, paging.offset(), paging.size()).stream()
                        .map(AccountSheetView::of)
                        .toList(),
                teacherAccounts.countSheets(unitId));
    }

    @GET
    @Path("{id}")
    @Produces({XLSX, Problem.MEDIA_TYPE})
    @Operation(operationId = "fetchAccountSheet", summary = "下载账号表（xlsx，只能下载一次：一次性密码此时生成；再次下载为 410）")
    @APIResponse(
            responseCode = "200",
            description = "账号表",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "410",
            description = "已下载过：谁、何时下载，以及如何获得新密码（重置）",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response fetch(@PathParam("id") long id) {
        try {
            return download(teacherAccounts.fetch(id, signInAddress()), XLSX, ".xlsx");
        } catch (AccountSheetFetched gone) {
            return gone(gone);
        }
    }

    @GET
    @Path("unfetched")
    @Produces({"application/zip", Problem.MEDIA_TYPE})
    @Operation(operationId = "fetchUnfetchedAccountSheets", summary = "一次下载单位（县、市）下所有尚未下载的账号表（zip，每校一个 xlsx）；同样只能下载一次")
    @APIResponse(
            responseCode = "200",
            description = "账号表",
            content =
                    @Content(
                            mediaType = "application/zip",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response fetchUnfetched(@QueryParam("unitId") long unitId) {
        try {
            return download(teacherAccounts.fetchUnfetched(unitId, signInAddress()), "application/zip", ".zip");
        } catch (AccountSheetFetched gone) {
            return gone(gone);
        }
    }

    @POST
    @Path("{id}/reissue")
    @Operation(
            operationId = "reissueAccountSheet",
            summary = "补发遗失的账号表：表中尚未设置自己密码的教师进入一张新账号表（下载时生成新的一次性密码），" + "原一次性密码立即失效；已设置密码的教师不变（skipped）。账号表尚未下载过为 409")
    @APIResponse(
            responseCode = "201",
            description = "新账号表",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReissuedAccountSheet.class)))
    @APIResponse(
            responseCode = "409",
            description = "账号表还没有下载过（直接下载即可），或没有需要补发的账号",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response reissue(@PathParam("id") long id) {
        ReissuedAccountSheet reissued = ReissuedAccountSheet.of(teacherAccounts.reissue(id));
        return Response.status(Response.Status.CREATED).entity(reissued).build();
    }

    private Response gone(AccountSheetFetched gone) {
        Locale locale = DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Problem.of(410, ProblemTexts.get("api.gone", locale), DomainMessages.of(gone, locale));
    }

    private static Response download(AccountSheetFile file, String type, String extension) {
        String name = file.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + extension;
        return Response.ok(file.content(), type)
                .header("Cache-Control", "no-store") // passwords: no copy in any cache
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + file.fallbackName() + extension + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header("X-Accounts", file.accounts())
                .build();
    }

    /** Where the teachers sign in, as printed on the sheet: this server's sign-in page. */
    private String signInAddress() {
        return uri.getBaseUri().resolve("/login.xhtml").toString();
    }
}
