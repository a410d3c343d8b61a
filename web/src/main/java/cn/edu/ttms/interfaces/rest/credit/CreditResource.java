package cn.edu.ttms.interfaces.rest.credit;

import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.application.policy.CreditCalculation;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Score;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * {@code POST /api/v1/credits/calculate} (api.md): the credits of one result under the policy in
 * force for the caller's organisation (or {@code policyId}, or on {@code date}); lecturing with
 * {@code "kind": "LECTURING"}. A rate outside the level's range is 422 naming the range.
 */
@ApplicationScoped
@Path("v1/credits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreditResource {

    @Inject
    CreditPolicies policies;

    @POST
    @Path("calculate")
    public JsonObject calculate(JsonObject body) {
        Long policyId = body.containsKey("policyId") && !body.isNull("policyId")
                ? body.getJsonNumber("policyId").longValue() : null;
        LocalDate date = body.containsKey("date") && !body.isNull("date") ? LocalDate.parse(body.getString("date")) : null;
        Level level = enumValue(Level.class, body, "level");
        if ("LECTURING".equals(body.getString("kind", null))) {
            CreditCalculation c = policies.lecturing(level, new Hours(number(body, "teachingHours")), policyId, date);
            return JsonBuilders.createObjectBuilder().add("kind", "LECTURING").add("credits", c.credits())
                    .add("policy", policy(c)).build();
        }
        CreditCalculation c = policies.calculate(level, enumValue(DeliveryForm.class, body, "form"),
                new Hours(number(body, "hours")), new CreditRate(number(body, "creditRate")),
                new Score(number(body, "score")), policyId, date);
        return JsonBuilders.createObjectBuilder()
                .add("grade", c.grade().name())
                .add("baseCredits", c.baseCredits())
                .add("performanceCredits", c.performanceCredits())
                .add("credits", c.credits())
                .add("countedHours", c.countedHours())
                .add("policy", policy(c))
                .build();
    }

    private static JsonObjectBuilder policy(CreditCalculation c) {
        return JsonBuilders.createObjectBuilder().add("id", c.policy().id()).add("name", c.policy().name())
                .add("version", c.policy().version());
    }

    /** A decimal exactly as sent: JSON numbers are read as BigDecimal, never through double. */
    private static BigDecimal number(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (!(value instanceof JsonNumber n)) {
            throw new IllegalArgumentException(field + " is required and must be a number");
        }
        return n.bigDecimalValue();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonObject body, String field) {
        String name = body.getString(field, null);
        try {
            return Enum.valueOf(type, String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
