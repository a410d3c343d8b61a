package cn.edu.ttms.interfaces.rest.accountsheet;

import cn.edu.ttms.application.account.TeacherAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/organisations/{id}/teacher-accounts} (api.md): an account for every teacher
 * of the unit's subtree who has none; the one-time passwords reach the schools as account sheets
 * ({@code /api/v1/account-sheets}).
 */
@ApplicationScoped
@Path("v1/organisations/{id}/teacher-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class TeacherAccountsResource {

    @Inject
    TeacherAccounts teacherAccounts;

    @POST
    @Operation(operationId = "openTeacherAccounts", summary = "为单位（及下级）中还没有账号的教师开通账号；一次性密码按学校生成在账号表中，下载时生成，只能下载一次")
    public TeacherAccountsOpened open(@PathParam("id") long id) {
        return TeacherAccountsOpened.of(teacherAccounts.open(id));
    }
}
