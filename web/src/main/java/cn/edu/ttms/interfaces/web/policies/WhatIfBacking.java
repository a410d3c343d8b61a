package cn.edu.ttms.interfaces.web.policies;

import cn.edu.ttms.application.archive.WhatIfReplay;
import cn.edu.ttms.application.archive.WhatIfReport;
import cn.edu.ttms.application.organisation.OrganisationAdmin;
import cn.edu.ttms.application.organisation.OrganisationNode;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import cn.edu.ttms.interfaces.web.shell.PageAccess;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * app/policies/whatif.xhtml?id=…: the what-if replay of a policy version over a unit in the caller's
 * scope — one call of {@link WhatIfReplay}, the service behind {@code GET
 * /api/v1/credit-policies/{id}/what-if}. The page lists the teachers whose credits would change,
 * before and after, with the results that change; nothing is written.
 */
@Named
@ViewScoped
public class WhatIfBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WhatIfReplay replay;

    @Inject
    CreditPolicies policies;

    @Inject
    OrganisationAdmin organisations;

    private Long id;
    private Long unitId;
    private List<PolicyListBacking.PolicyRow> versions;
    private List<OrganisationNode> units;
    private WhatIfReport report;

    public void load() {
        if (!PageAccess.allow("ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN")) {
            return;
        }
        versions = policies.all().stream().map(PolicyListBacking.PolicyRow::of).toList();
        units = organisations.subtree().stream().filter(u -> !u.closed()).toList();
        if (unitId == null && !units.isEmpty()) {
            unitId = units.get(0).id();
        }
    }

    public void run() {
        FacesContext faces = FacesContext.getCurrentInstance();
        report = null;
        if (id == null || unitId == null) {
            return;
        }
        try {
            report = replay.forUnit(id, unitId);
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    /** The teachers with at least one result that changes, largest difference first (the service's order). */
    public List<WhatIfReport.TeacherDifference> getChanged() {
        return report == null
                ? List.of()
                : report.teachers().stream().filter(t -> !t.changed().isEmpty()).toList();
    }

    public int getUnchanged() {
        return report == null ? 0 : report.teachers().size() - getChanged().size();
    }

    /** An indent by depth in the tree, so that the unit menu reads as the tree. */
    public String label(OrganisationNode u) {
        int top = units.isEmpty() ? u.depth() : units.get(0).depth();
        return "\u3000".repeat(Math.max(0, u.depth() - top)) + u.name();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public List<PolicyListBacking.PolicyRow> getVersions() {
        return versions;
    }

    public List<OrganisationNode> getUnits() {
        return units;
    }

    public WhatIfReport getReport() {
        return report;
    }
}
