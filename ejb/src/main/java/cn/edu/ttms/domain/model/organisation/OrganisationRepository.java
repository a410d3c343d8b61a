package cn.edu.ttms.domain.model.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The organisation tree, in the domain's words. */
public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    /** The unit if it lies in {@code scope}; otherwise empty, as if it did not exist. */
    Optional<Organisation> find(long id, DataScope scope);

    Optional<Organisation> findByName(String name);

    /** The unit and everything under it, in tree order; one indexed query. */
    List<Organisation> findSubtree(Organisation top);

    /** Persists a new unit and gives it its place in the tree. */
    Organisation store(Organisation organisation);

    long count();

    /** Rewrites the paths under {@code oldPrefix} (units and their teachers) after a move; one statement each. */
    void rewritePaths(String oldPrefix, String newPrefix, int depthChange);

    /** Open units of one kind, in tree order (e.g. the training institutions a plan may choose from). */
    List<Organisation> findOfKind(OrganisationKind kind);

    /** Units without a parent (normally the one province). */
    List<Organisation> findRoots();

    /** Which of the given codes some unit (anywhere, closed ones too) already has; one query. */
    Set<String> codesAmong(Collection<String> codes);

    /** Writes pending changes now (the end of a bulk import, inside its audit batch). */
    void flush();
}
