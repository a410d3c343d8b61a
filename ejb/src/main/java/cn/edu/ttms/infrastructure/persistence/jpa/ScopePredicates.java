package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.organisation.DataScope;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.List;

/**
 * The one place where a caller's scope becomes SQL: a prefix match on the owning unit's
 * materialised path (an index range scan), the person's own id, or nothing at all. Criteria
 * queries take {@link #within}, JPQL strings {@link #jpql}, plain SQL {@link #sql}, all three
 * escaping the path the same way; a record read by id is checked with {@link #admits}.
 */
public final class ScopePredicates {

    /**
     * The escape character of every prefix pattern: not the backslash, which MariaDB also reads as
     * a string-literal escape, so the clause means the same bound, inlined or in plain SQL.
     */
    private static final char ESCAPE = '!';

    private static final String LIKE = " LIKE %s ESCAPE '" + ESCAPE + "'";

    private ScopePredicates() {}

    public static Predicate within(CriteriaBuilder cb, DataScope scope, Path<String> ownerPath, Path<Long> personId) {
        return switch (scope.kind()) {
            case SUBTREE -> cb.like(ownerPath, pattern(scope), ESCAPE);
            case SELF -> personId == null ? cb.disjunction() : cb.equal(personId, scope.teacherId());
            case NONE -> cb.disjunction();
        };
    }

    /**
     * The same test on a row already read (by primary key, the cheapest way to one record): what
     * {@link #within} would have let through.
     */
    public static boolean admits(DataScope scope, String ownerPath, Long personId) {
        return switch (scope.kind()) {
            case SUBTREE -> scope.includesPath(ownerPath);
            case SELF -> personId != null && personId.equals(scope.teacherId());
            case NONE -> false;
        };
    }

    /**
     * The scope as a JPQL condition on {@code ownerPath} (and {@code personId}, null where the rows
     * name no person); {@link Clause#bind} sets its one parameter, {@code :scope}.
     */
    public static Clause jpql(DataScope scope, String ownerPath, String personId) {
        return jpql(scope, ownerPath, personId, "scope");
    }

    /** As {@link #jpql(DataScope, String, String)}, its parameter named {@code parameter}. */
    public static Clause jpql(DataScope scope, String ownerPath, String personId, String parameter) {
        return switch (scope.kind()) {
            case SUBTREE -> new Clause(ownerPath + LIKE.formatted(":" + parameter), parameter, pattern(scope));
            case SELF ->
                personId == null
                        ? Clause.NOTHING
                        : new Clause(personId + " = :" + parameter, parameter, scope.teacherId());
            case NONE -> Clause.NOTHING;
        };
    }

    /** The scope as a plain SQL condition on the column {@code ownerPath}, with its {@code ?} values. */
    public static Clause sql(DataScope scope, String ownerPath) {
        return scope.kind() == DataScope.Kind.SUBTREE
                ? new Clause(ownerPath + LIKE.formatted("?"), null, pattern(scope))
                : Clause.NOTHING;
    }

    /** The pattern matching every path under a subtree scope. */
    private static String pattern(DataScope scope) {
        String path = scope.pathPrefix();
        return path.replace("" + ESCAPE, "" + ESCAPE + ESCAPE)
                        .replace("%", ESCAPE + "%")
                        .replace("_", ESCAPE + "_") + "%";
    }

    /** A condition and the value of its one parameter (none for a scope that sees nothing). */
    public record Clause(String text, String parameter, Object value) {

        static final Clause NOTHING = new Clause("1 = 0", null, null);

        /** Binds the value to the JPQL parameter. */
        public <Q extends Query> Q bind(Q query) {
            if (value != null) {
                query.setParameter(parameter, value);
            }
            return query;
        }

        /** The values for a plain SQL statement's {@code ?}: none, or the one. */
        public List<Object> values() {
            return value == null ? List.of() : List.of(value);
        }
    }
}
