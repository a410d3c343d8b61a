package cn.edu.ttms.application.statistics;

import cn.edu.ttms.domain.model.compliance.ComplianceStandingRepository;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.targets.Shares;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@link ComplianceRates} from the kept compliance standings: the same sum the compliance statistics show
 * for the unit's subtree and that year of the cycle (one indexed query, whatever the unit's size), without a
 * VIEW entry of its own — the targets page reads a rate, not the teachers.
 */
@ApplicationScoped
public class StandingComplianceRates implements ComplianceRates {

    @Inject
    OrganisationRepository organisations;

    @Inject
    ComplianceStandingRepository standings;

    @Override
    public Optional<BigDecimal> rate(long unitId, int cycleStart, int year) {
        return organisations.find(unitId).map(unit -> {
            ComplianceStandingRepository.Tally t = standings.total(unit.path(), cycleStart, year);
            return Shares.percent(t.compliant(), t.teachers());
        });
    }
}
