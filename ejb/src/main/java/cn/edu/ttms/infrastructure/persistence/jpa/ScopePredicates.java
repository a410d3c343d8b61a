package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.organisation.DataScope;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

/**
 * The one place where a caller's scope becomes SQL: a prefix match on the owning unit's
 * materialised path (an index range scan), the person's own id, or nothing at all.
 */
public final class ScopePredicates {

    private ScopePredicates() {
    }

    public static Predicate within(CriteriaBuilder cb, DataScope scope, Path<String> ownerPath, Path<Long> personId) {
        return switch (scope.kind()) {
            case SUBTREE -> cb.like(ownerPath, escape(scope.pathPrefix()) + "%", '\\');
            case SELF -> personId == null ? cb.disjunction() : cb.equal(personId, scope.teacherId());
            case NONE -> cb.disjunction();
        };
    }

    private static String escape(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
