package cn.edu.ttms.application.organisation;

import cn.edu.ttms.application.audit.AuditBatch;
import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.shared.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Import of units from a spreadsheet (xlsx, xls, CSV in UTF-8 or GBK), so that government IT can
 * build the organisation tree of a new installation in one go: a dry run naming every problem by
 * row and column, then an all-or-nothing import into the caller's subtree. Units that already exist
 * (same name under the same parent) are counted, not created again. Every created unit is audited
 * (CREATE, by the entity listener); a refused import as IMPORT_REFUSED.
 */
@Stateless
@RolesAllowed({"ADMIN", "BUREAU_STAFF"})
public class OrganisationImport {

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    AuditBatch auditBatch;

    @Inject
    UnitSheets sheets;

    public UnitImportReport preview(byte[] file, String fileName) {
        UnitSheetResult sheet = read(file, fileName);
        return new UnitImportReport(sheet.rows(), sheet.toCreate().size(), sheet.existing(), sheet.problems());
    }

    public UnitImportReport importUnits(byte[] file, String fileName) {
        try {
            UnitSheetResult sheet = read(file, fileName);
            if (sheet.hasProblems()) {
                throw new UnitImportRefused(new UnitImportReport(sheet.rows(), 0, sheet.existing(), sheet.problems()));
            }
            Map<Integer, Organisation> byRow = new HashMap<>();
            // a province's schools are thousands of inserts: their CREATE entries go in one batch, same transaction
            auditBatch.collect(() -> {
                for (UnitRow row : sheet.toCreate()) {
                    Organisation parent = row.parentId() != null ? inScope(row.parentId()) : byRow.get(row.parentRow());
                    byRow.put(
                            row.row(),
                            organisations.store(Organisation.under(parent, row.kind(), row.name(), row.code())));
                }
                organisations.flush();
            });
            audit.record(
                    AuditAction.IMPORT,
                    "Organisation",
                    null,
                    caller.get().organisationPath(),
                    fileName + ": "
                            + sheet.toCreate().size() + " units created, " + sheet.existing() + " existing, of "
                            + sheet.rows()
                            + " rows");
            return new UnitImportReport(sheet.rows(), sheet.toCreate().size(), sheet.existing(), List.of());
        } catch (DomainException refused) {
            audit.importRefused("Organisation", null, caller.get().organisationPath(), fileName, refused);
            throw refused;
        }
    }

    /** The template: the header and two example rows, as .xlsx. */
    public void writeTemplate(OutputStream out) throws IOException {
        sheets.writeTemplate(out);
    }

    private UnitSheetResult read(byte[] file, String fileName) {
        return sheets.read(file, fileName, subtree(), organisations::codesAmong);
    }

    private List<KnownUnit> subtree() {
        if (caller.scope().kind() != DataScope.Kind.SUBTREE) {
            return List.of();
        }
        Organisation top = organisations.find(caller.get().organisationId()).orElseThrow();
        return organisations.findSubtree(top).stream()
                .map(o -> new KnownUnit(
                        o.id(),
                        o.parent() == null ? null : o.parent().id(),
                        o.kind(),
                        o.name(),
                        o.code(),
                        o.isClosed()))
                .toList();
    }

    private Organisation inScope(long id) {
        return organisations.find(id, caller.scope()).orElseThrow();
    }
}
