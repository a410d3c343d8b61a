package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.domain.model.teacher.SchoolStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/teachers}: the identity number (the person's key, checked with its
 * check digit by the domain), the school, and the profile. Lengths follow the registry's columns.
 */
@Schema(name = "TeacherRegistration", description = "登记一名教师")
public record TeacherRegistration(
        @NotBlank @Size(max = 32) @Schema(description = "18 位公民身份号码（含校验位，由领域校验）", example = "530902199001010012")
        String identityNumber,

        @NotNull @Positive Long schoolId,
        @NotBlank @Size(max = 40) @Schema(maxLength = 40) String name,
        @Size(max = 20) @Schema(maxLength = 20) String phone,
        @NotBlank @Size(max = 20) @Schema(maxLength = 20) String subject,
        @NotNull SchoolStage stage,
        @Size(max = 20) @Schema(maxLength = 20) String title,
        @Schema(description = "参加工作日期 yyyy-MM-dd") LocalDate serviceStart,
        @Schema(description = "民办学校教师（默认 false）") Boolean privateSchool,
        @Size(max = 20) List<@NotNull @Valid TeacherDesignation> designations)
        implements ProfileFields {}
