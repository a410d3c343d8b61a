package cn.edu.ttms.interfaces.rest.organisation;

import cn.edu.ttms.application.organisation.OrganisationNode;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit of the organisation tree with its {@code version} for a rename. {@code parentId} is always
 * present ({@code null} for the root); {@code code} only when the unit has one.
 */
@Schema(name = "OrganisationUnit")
@JsonbPropertyOrder({"id", "kind", "name", "depth", "closed", "version", "parentId", "code"})
public record OrganisationUnit(
        long id,
        OrganisationKind kind,
        String name,
        int depth,
        boolean closed,
        long version,
        @JsonbNillable @Schema(nullable = true) Long parentId,
        String code) {

    static OrganisationUnit of(OrganisationNode n) {
        return new OrganisationUnit(
                n.id(), n.kind(), n.name(), n.depth(), n.closed(), n.version(), n.parentId(), n.code());
    }
}
