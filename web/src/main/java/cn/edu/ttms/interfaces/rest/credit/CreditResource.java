package cn.edu.ttms.interfaces.rest.credit;

import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Score;
import cn.edu.ttms.interfaces.rest.problem.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/credits/calculate} (api.md): the credits of one result under the policy in
 * force for the caller's organisation (or {@code policyId}, or on {@code date}); lecturing with
 * {@code "kind": "LECTURING"}. A number outside its range is 422 naming the field and the range
 * before anything is computed; a rate outside the level's range is 422 naming that range.
 */
@ApplicationScoped
@Path("v1/credits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "credits")
public class CreditResource {

    @Inject
    CreditPolicies policies;

    @POST
    @Path("calculate")
    @Operation(operationId = "calculateCredits", summary = "按学分政策计算一条成绩或一次授课的学分")
    public CalculationResult calculate(@NotNull @Valid CalculationRequest request) {
        if (request.lecturing()) {
            return CalculationResult.lecturing(policies.lecturing(
                    request.level(),
                    new Hours(required("teachingHours", request.teachingHours())),
                    request.policyId(),
                    request.date()));
        }
        if (request.form() == null) {
            throw InvalidField.required("form");
        }
        return CalculationResult.training(policies.calculate(
                request.level(),
                request.form(),
                new Hours(required("hours", request.hours())),
                new CreditRate(required("creditRate", request.creditRate())),
                new Score(required("score", request.score())),
                request.policyId(),
                request.date()));
    }

    private static BigDecimal required(String field, BigDecimal value) {
        if (value == null) {
            throw InvalidField.required(field);
        }
        return value;
    }
}
