package cn.edu.ttms.domain.model.organisation;

import java.util.Objects;

/**
 * What a caller may see of organisation-owned data (workflow.md; art. 20 on personal data): a
 * bureau its subtree, a school its teachers, a teacher only themself, an institution nothing of the
 * registry. Every repository query for such data takes one of these.
 */
public record DataScope(Kind kind, String pathPrefix, Long teacherId) {

    public enum Kind {
        SUBTREE,
        SELF,
        NONE
    }

    public DataScope {
        Objects.requireNonNull(kind);
        if (kind == Kind.SUBTREE && (pathPrefix == null || !pathPrefix.startsWith("/"))) {
            throw new IllegalArgumentException("a subtree scope needs a path");
        }
        if (kind == Kind.SELF && teacherId == null) {
            throw new IllegalArgumentException("a self scope needs the teacher");
        }
    }

    public static DataScope subtree(String path) {
        return new DataScope(Kind.SUBTREE, path, null);
    }

    public static DataScope self(long teacherId) {
        return new DataScope(Kind.SELF, null, teacherId);
    }

    /** Every unit's data: for the system's own work (a host's roster, a project's head count), never a caller's. */
    public static DataScope everything() {
        return subtree("/");
    }

    public static DataScope none() {
        return new DataScope(Kind.NONE, null, null);
    }

    /** Whether a unit (by its materialised path) lies inside this scope. */
    public boolean includesPath(String path) {
        return kind == Kind.SUBTREE && path != null && path.startsWith(pathPrefix);
    }
}
