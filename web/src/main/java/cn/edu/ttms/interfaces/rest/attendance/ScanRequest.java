package cn.edu.ttms.interfaces.rest.attendance;

import cn.edu.ttms.interfaces.rest.validation.Length;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The code of a session's QR code. {@code @NotNull @Length(min = 1, max = Integer.MAX_VALUE)} rather than {@code @NotNull @Length(min = 1, max = Integer.MAX_VALUE)}, and a
 * record of its own rather than one nested in the resource: Payara's OpenAPI generator failed on both
 * (a NullPointerException in its bean-validation visitor); a blank code is refused by the domain.
 */
@Schema(name = "ScanRequest")
public record ScanRequest(
        @NotNull @Length(min = 1, max = 1000) String token) {}
