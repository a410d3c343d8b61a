package cn.edu.ttms.domain.model.organisation;

import java.lang.reflect.Field;

/**
 * Units of the tree for unit tests, as the repository leaves them after persisting: with an id and
 * their materialised path.
 */
public final class Units {

    private Units() {}

    /** A unit with {@code id} under {@code parent} (a root when null), its path assigned. */
    public static Organisation unit(Organisation parent, OrganisationKind kind, String name, long id) {
        Organisation o =
                parent == null ? Organisation.root(kind, name, null) : Organisation.under(parent, kind, name, null);
        withId(o, id);
        o.assignPath();
        return o;
    }

    /** Sets the generated id, as persisting would. */
    public static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
