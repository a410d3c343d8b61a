package cn.edu.ttms.application.organisation;

import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.shared.ConcurrentChange;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The organisation tree: everyone in a bureau reads their subtree; administrators (and the bureau
 * staff within their own subtree) create, rename, move and close units. Closing keeps the unit and
 * its history; it only stops new work being attached.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
public class OrganisationAdmin {

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    public List<OrganisationNode> subtree() {
        return organisations.findSubtree(top()).stream()
                .map(OrganisationNode::of)
                .toList();
    }

    public OrganisationNode get(long id) {
        return OrganisationNode.of(load(id));
    }

    @RolesAllowed({"ADMIN", "BUREAU_STAFF"})
    public long create(long parentId, OrganisationKind kind, String name, String code) {
        return organisations
                .store(Organisation.under(load(parentId), kind, name, code))
                .id();
    }

    @RolesAllowed({"ADMIN", "BUREAU_STAFF"})
    public void rename(long id, long expectedVersion, String name) {
        Organisation unit = load(id);
        if (unit.version() != expectedVersion) {
            throw new ConcurrentChange("?", "?", unit.name());
        }
        unit.rename(name);
    }

    @RolesAllowed({"ADMIN", "BUREAU_STAFF"})
    public void move(long id, long newParentId) {
        Organisation unit = load(id);
        if (unit.id().equals(caller.get().organisationId())) {
            throw new IllegalArgumentException("you cannot move your own unit");
        }
        int depthBefore = unit.depth();
        String oldPath = unit.moveUnder(load(newParentId));
        organisations.rewritePaths(oldPath, unit.path(), unit.depth() - depthBefore);
    }

    @RolesAllowed({"ADMIN", "BUREAU_STAFF"})
    public void close(long id) {
        Organisation unit = load(id);
        if (unit.id().equals(caller.get().organisationId())) {
            throw new IllegalArgumentException("you cannot close your own unit");
        }
        unit.close(Instant.now());
    }

    private Organisation top() {
        return organisations.find(caller.get().organisationId()).orElseThrow();
    }

    private Organisation load(long id) {
        return organisations.find(id, caller.scope()).orElseThrow(() -> new RecordNotFound("Organisation", id));
    }
}
