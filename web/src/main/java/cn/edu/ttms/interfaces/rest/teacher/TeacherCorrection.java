package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.domain.model.teacher.SchoolStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/teachers/{id}}: the whole profile again, with the {@code version}
 * that was read (a newer one answers 409 naming who changed what). The identity number and the
 * school do not change here (the school changes by a dated move).
 */
@Schema(name = "TeacherCorrection", description = "更正教师信息（携带读取时的 version）")
public record TeacherCorrection(
        @NotNull @PositiveOrZero Long version,
        @NotBlank @Size(max = 40) @Schema(maxLength = 40) String name,
        @Size(max = 20) @Schema(maxLength = 20) String phone,
        @NotBlank @Size(max = 20) @Schema(maxLength = 20) String subject,
        @NotNull SchoolStage stage,
        @Size(max = 20) @Schema(maxLength = 20) String title,
        @Schema(description = "参加工作日期 yyyy-MM-dd") LocalDate serviceStart,
        Boolean privateSchool,
        @Size(max = 20) List<@NotNull @Valid TeacherDesignation> designations)
        implements ProfileFields {}
