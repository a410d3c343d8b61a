package cn.edu.ttms.domain.model.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which policy version applies (rules.md): for a teacher (or project) in an organisation on a date,
 * the version in force on that date whose jurisdiction is the organisation's nearest ancestor; a
 * version without jurisdiction is the fallback everywhere.
 */
public final class PolicyResolution {

    private PolicyResolution() {}

    public static Optional<CreditPolicy> resolve(
            Collection<CreditPolicy> versions, String organisationPath, LocalDate on) {
        return versions.stream()
                .filter(v -> v.inForceOn(on) && v.appliesTo(organisationPath))
                .max(Comparator.comparingInt(CreditPolicy::jurisdictionDepth)
                        .thenComparingInt(CreditPolicy::versionNo));
    }
}
