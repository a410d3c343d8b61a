package cn.edu.ttms.interfaces.rest.account;

import cn.edu.ttms.application.account.AccountAdministration;
import cn.edu.ttms.application.account.AccountChange;
import cn.edu.ttms.application.account.NewAccount;
import cn.edu.ttms.interfaces.rest.params.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/accounts} (api.md): account administration delegated along the tree. An ADMIN
 * manages the accounts of its subtree, bureau staff and school administrators the TEACHER accounts
 * there; an account out of reach answers 404 like one that does not exist, a role the caller may not
 * give at the unit 403, a username or teacher already taken 409.
 */
@ApplicationScoped
@Path("v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class AccountResource {

    @Inject
    AccountAdministration administration;

    @GET
    @Operation(operationId = "listAccounts", summary = "管理范围内可管理的账号（按用户名或姓名搜索，可限定单位及其下级）")
    public AccountList search(
            @QueryParam("q") String q, @QueryParam("organisationId") Long organisationId, @BeanParam Paging paging) {
        return AccountList.of(administration.search(q, organisationId, paging.offset(), paging.size()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAccount", summary = "一个账号（含 version，供修改时携带）")
    public Account get(@PathParam("id") long id) {
        return Account.of(administration.get(id));
    }

    @POST
    @Operation(operationId = "openAccount", summary = "开设账号：返回一次性密码（仅此一次显示）")
    @APIResponse(
            responseCode = "201",
            description = "已开设",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OpenedAccount.class)))
    public Response open(@NotNull @Valid AccountOpening body, @Context UriInfo uri) {
        var opened = administration.open(new NewAccount(
                body.username(),
                body.displayName(),
                body.organisationId(),
                EnumSet.copyOf(body.roles()),
                body.teacherId(),
                Boolean.TRUE.equals(body.directory())));
        return Response.created(URI.create(
                        uri.getAbsolutePath() + "/" + opened.account().id()))
                .entity(OpenedAccount.of(opened))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "changeAccount", summary = "修改账号的姓名、所属单位、角色、启用状态（不能修改本人的角色、单位、启用状态）")
    public Account change(@PathParam("id") long id, @NotNull @Valid AccountUpdate body) {
        return Account.of(administration.change(
                id,
                new AccountChange(
                        body.displayName(),
                        body.organisationId(),
                        EnumSet.copyOf(body.roles()),
                        body.enabled(),
                        body.version())));
    }

    @POST
    @Path("{id}/password-reset")
    @Operation(operationId = "resetAccountPassword", summary = "重置密码：发放新的一次性密码，下次登录须先设置自己的密码")
    @APIResponse(
            responseCode = "200",
            description = "新的一次性密码（仅此一次显示）",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InitialPassword.class)))
    public InitialPassword resetPassword(@PathParam("id") long id) {
        return new InitialPassword(administration.resetPassword(id));
    }

    @POST
    @Path("{id}/unlock")
    @Operation(operationId = "unlockAccount", summary = "解除因连续输错密码而生的登录锁定")
    @APIResponse(
            responseCode = "200",
            description = "解除后的账号",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Account.class)))
    public Account unlock(@PathParam("id") long id) {
        return Account.of(administration.unlock(id));
    }
}
