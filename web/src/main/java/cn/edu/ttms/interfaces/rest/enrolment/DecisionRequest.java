package cn.edu.ttms.interfaces.rest.enrolment;

import cn.edu.ttms.interfaces.rest.validation.Length;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision on an application ({@code "approve": true|false}); refusing needs a reason. */
@Schema(name = "EnrolmentDecisionRequest")
public record DecisionRequest(
        @NotNull Boolean approve, @Length(max = 500) String reason) {}
