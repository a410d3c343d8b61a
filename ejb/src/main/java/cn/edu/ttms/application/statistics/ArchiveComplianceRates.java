package cn.edu.ttms.application.statistics;

import cn.edu.ttms.application.archive.Archives;
import cn.edu.ttms.application.archive.UnitCompliance;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.target.Shares;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@link ComplianceRates} from the per-teacher compliance of {@link Archives#ofUnit} (exact, but it
 * reads every teacher's results: fine for a county, slow for a province). In a transaction of its own,
 * so that a refusal there (a year outside the cycle) cannot spoil the caller's. TODO(issue 19, item 1):
 * the compliance statistics provide the fast aggregate; then this class goes.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER"})
public class ArchiveComplianceRates implements ComplianceRates {

    @Inject
    Archives archives;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<BigDecimal> rate(long unitId, int cycleStart, int year) {
        try {
            UnitCompliance c = archives.ofUnit(unitId, cycleStart, year);
            return Optional.of(Shares.percent(c.compliant(), c.teachers()));
        } catch (DomainException | EJBException e) {
            return Optional.empty();
        }
    }
}
