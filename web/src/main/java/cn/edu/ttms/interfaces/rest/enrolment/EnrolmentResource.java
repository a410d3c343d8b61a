package cn.edu.ttms.interfaces.rest.enrolment;

import cn.edu.ttms.application.enrolment.Enrolments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One enrolment: the decision on an application ({@code {"approve": true}} or {@code {"approve":
 * false, "reason": "…"}}) and withdrawal before the training starts.
 */
@ApplicationScoped
@Path("v1/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "enrolments")
public class EnrolmentResource {

    @Inject
    Enrolments enrolments;

    @POST
    @Path("{id}/decision")
    @Operation(operationId = "decideEnrolment", summary = "审批一条报名申请（通过或退回，退回须填写原因）")
    public EnrolmentView decide(@PathParam("id") long id, @NotNull @Valid DecisionRequest body) {
        return EnrolmentView.of(enrolments.decide(id, body.approve(), body.reason()));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(operationId = "withdrawEnrolment", summary = "培训开始前退出报名")
    public EnrolmentView withdraw(@PathParam("id") long id, @Valid WithdrawalRequest body) {
        return EnrolmentView.of(enrolments.withdraw(id, body == null ? null : body.reason()));
    }
}
