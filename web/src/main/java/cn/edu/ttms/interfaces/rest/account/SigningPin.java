package cn.edu.ttms.interfaces.rest.account;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/me/signing-certificate}: {@code {"pin": "…"}}. How long a PIN must
 * be is the domain's rule (its 422 says so, also for a missing PIN); the upper bound only keeps
 * absurd input out.
 */
@Schema(name = "SigningPin", description = "设置签名 PIN：生成新的密钥对和证书（旧证书被吊销）")
public record SigningPin(
        @Size(max = 64) @Schema(description = "签名 PIN（数字或文字）", example = "246810")
        String pin) {}
