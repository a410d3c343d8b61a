package cn.edu.ttms.interfaces.rest.enrolment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision on an application ({@code "approve": true|false}); refusing needs a reason. */
@Schema(name = "EnrolmentDecisionRequest")
public record DecisionRequest(@NotNull Boolean approve, @Size(max = 500) String reason) {
}
