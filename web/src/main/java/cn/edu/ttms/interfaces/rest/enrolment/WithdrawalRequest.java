package cn.edu.ttms.interfaces.rest.enrolment;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A withdrawal from a project, optionally with a reason. */
@Schema(name = "WithdrawalRequest")
public record WithdrawalRequest(@Size(max = 500) String reason) {
}
