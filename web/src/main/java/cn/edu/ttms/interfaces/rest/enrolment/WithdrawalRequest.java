package cn.edu.ttms.interfaces.rest.enrolment;

import cn.edu.ttms.interfaces.rest.validation.Length;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A withdrawal from a project, optionally with a reason. */
@Schema(name = "WithdrawalRequest")
public record WithdrawalRequest(@Length(max = 500) String reason) {}
