package cn.edu.ttms.interfaces.rest.openapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tells the OpenAPI generator what the domain's enumerations are (levels, delivery forms, grades,
 * statuses…), and that dates and times are ISO-8601 text, through the standard
 * {@code mp.openapi.schema.<class>} keys: the domain lives in the
 * ejb module, which the generator does not read, so without these keys every code would appear in
 * the document as an untyped object. The codes are taken from the enums themselves, never copied.
 */
public class DomainEnumSchemas implements ConfigSource {

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            cn.edu.ttms.domain.model.shared.Level.class,
            cn.edu.ttms.domain.model.shared.DeliveryForm.class,
            cn.edu.ttms.domain.model.shared.Module.class,
            cn.edu.ttms.domain.model.shared.Grade.class,
            cn.edu.ttms.domain.model.shared.Selection.class,
            cn.edu.ttms.domain.model.shared.Quantity.class,
            cn.edu.ttms.domain.model.attendance.AttendanceMethod.class,
            cn.edu.ttms.domain.model.notification.NotificationKind.class,
            cn.edu.ttms.domain.model.compliance.ResultStatus.class,
            cn.edu.ttms.domain.model.policy.RequirementPeriod.class,
            cn.edu.ttms.domain.model.policy.Requirement.class,
            cn.edu.ttms.domain.model.audit.AuditAction.class,
            cn.edu.ttms.domain.model.account.Role.class,
            cn.edu.ttms.domain.model.organisation.OrganisationKind.class,
            cn.edu.ttms.domain.model.project.ProjectStatus.class,
            cn.edu.ttms.domain.model.project.ProjectAction.class,
            cn.edu.ttms.domain.model.project.CourseKind.class,
            cn.edu.ttms.domain.model.result.BatchStatus.class,
            cn.edu.ttms.domain.model.result.SignatureMeaning.class,
            cn.edu.ttms.domain.model.result.BatchIntegrity.class,
            cn.edu.ttms.domain.model.teacher.DesignationKind.class,
            cn.edu.ttms.domain.model.teacher.Gender.class,
            cn.edu.ttms.domain.model.teacher.SchoolStage.class,
            cn.edu.ttms.domain.model.project.ApprovalChain.class,
            cn.edu.ttms.domain.model.enrolment.EnrolmentStatus.class,
            cn.edu.ttms.domain.model.enrolment.EnrolmentChannel.class,
            cn.edu.ttms.domain.model.enrolment.RoundMode.class);

    private static final String PREFIX = "mp.openapi.schema.";

    private final Map<String, String> properties;

    public DomainEnumSchemas() {
        Map<String, String> schemas = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : ENUMS) {
            String codes = Arrays.stream(type.getEnumConstants())
                    .map(c -> "\"" + c.name() + "\"")
                    .collect(Collectors.joining(","));
            schemas.put(
                    PREFIX + type.getName(),
                    "{\"name\":\"" + type.getSimpleName() + "\",\"type\":\"string\",\"enum\":[" + codes + "]}");
        }
        // dates and times travel as ISO-8601 text; the generator would call them objects
        schemas.put(PREFIX + "java.time.LocalDate", "{\"name\":\"LocalDate\",\"type\":\"string\",\"format\":\"date\"}");
        schemas.put(
                PREFIX + "java.time.Instant", "{\"name\":\"Instant\",\"type\":\"string\",\"format\":\"date-time\"}");
        schemas.put(
                PREFIX + "java.time.OffsetDateTime",
                "{\"name\":\"OffsetDateTime\",\"type\":\"string\",\"format\":\"date-time\"}");
        schemas.put(
                PREFIX + "java.time.LocalDateTime",
                "{\"name\":\"LocalDateTime\",\"type\":\"string\",\"description\":\"yyyy-MM-ddTHH:mm:ss, China time\"}");
        schemas.put(
                PREFIX + "java.time.LocalTime",
                "{\"name\":\"LocalTime\",\"type\":\"string\",\"description\":\"HH:mm\"}");
        properties = Map.copyOf(schemas);
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "ttms-domain-enum-schemas";
    }

    /** Below the application's own file and the environment: anyone may override a schema. */
    @Override
    public int getOrdinal() {
        return 50;
    }
}
