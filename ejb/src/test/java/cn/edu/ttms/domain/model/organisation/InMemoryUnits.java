package cn.edu.ttms.domain.model.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Units found by id in memory, for services tested below the container; the rest refuses to answer. */
public final class InMemoryUnits implements OrganisationRepository {

    private final Map<Long, Organisation> units = new HashMap<>();

    public InMemoryUnits(Organisation... organisations) {
        for (Organisation o : organisations) {
            units.put(o.id(), o);
        }
    }

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(units.get(id));
    }

    @Override
    public Optional<Organisation> findByName(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Organisation> findSubtree(Organisation top) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Organisation store(Organisation organisation) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix, int depthChange) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Organisation> findOfKind(OrganisationKind kind) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Organisation> findRoots() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> codesAmong(Collection<String> codes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void flush() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Organisation> find(long id, DataScope scope) {
        return find(id).filter(o -> scope.includesPath(o.path()));
    }
}
