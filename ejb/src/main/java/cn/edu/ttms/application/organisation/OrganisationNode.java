package cn.edu.ttms.application.organisation;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import java.io.Serializable;

/** A unit of the tree as the admin page and the API show it. */
public record OrganisationNode(
        long id,
        Long parentId,
        OrganisationKind kind,
        String name,
        String code,
        int depth,
        boolean closed,
        long version)
        implements Serializable {

    static OrganisationNode of(Organisation o) {
        return new OrganisationNode(
                o.id(),
                o.parent() == null ? null : o.parent().id(),
                o.kind(),
                o.name(),
                o.code(),
                o.depth(),
                o.isClosed(),
                o.version());
    }

    public String getName() {
        return name;
    }

    public long getId() {
        return id;
    }
}
