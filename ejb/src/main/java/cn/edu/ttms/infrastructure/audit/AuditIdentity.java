package cn.edu.ttms.infrastructure.audit;

import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Where an {@link Audited} entity's id and scope are, found once per class: the {@code @Id} fields in the
 * order they are declared, and the field marked {@link AuditScope}.
 */
final class AuditIdentity {

    private static final ClassValue<AuditIdentity> OF_CLASS = new ClassValue<>() {
        @Override
        protected AuditIdentity computeValue(Class<?> type) {
            return new AuditIdentity(type);
        }
    };

    private final List<Field> ids = new ArrayList<>();
    private Field scope;

    private AuditIdentity(Class<?> type) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Id.class)) {
                    field.setAccessible(true);
                    ids.add(field);
                }
                if (field.isAnnotationPresent(AuditScope.class)) {
                    field.setAccessible(true);
                    scope = field;
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException(type.getName() + " is audited but has no @Id field");
        }
    }

    /** The record's id as the audit trail shows it: its primary key, several parts joined by "/". */
    static String idOf(Object entity) {
        List<Field> fields = OF_CLASS.get(entity.getClass()).ids;
        return fields.stream().map(f -> String.valueOf(read(f, entity))).collect(Collectors.joining("/"));
    }

    /**
     * The materialised path the record's audit belongs to: its {@link AuditScope} field, read through the
     * session's mapping (so that a lazy reference is loaded), or the scope of the organisation it names; "/"
     * when there is none.
     */
    static String scopeOf(Object entity, Session session) {
        Field field = OF_CLASS.get(entity.getClass()).scope;
        if (field == null) {
            return "/";
        }
        ClassDescriptor descriptor = session == null ? null : session.getDescriptor(entity);
        DatabaseMapping mapping = descriptor == null ? null : descriptor.getMappingForAttributeName(field.getName());
        Object value = mapping == null
                ? read(field, entity)
                : mapping.getRealAttributeValueFromObject(
                        entity, (org.eclipse.persistence.internal.sessions.AbstractSession) session);
        if (value == null) {
            return "/";
        }
        return value instanceof Audited referenced ? scopeOf(referenced, session) : value.toString();
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
