package cn.edu.ttms.domain.model.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field of an {@link Audited} entity that places its audit entries in the organisation tree: a
 * materialised path, or an organisation (whose own path it then is). Left empty, the scope is the root, "/".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditScope {}
