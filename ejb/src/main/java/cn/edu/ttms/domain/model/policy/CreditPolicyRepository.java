package cn.edu.ttms.domain.model.policy;

import java.util.List;
import java.util.Optional;

/** The versions of all credit policies. The table is small: every version fits in memory. */
public interface CreditPolicyRepository {

    Optional<CreditPolicy> find(long id);

    /** Every version, newest first within each policy. */
    List<CreditPolicy> findAll();

    /** All versions of the policy named {@code name}, oldest first. */
    List<CreditPolicy> history(String name);

    CreditPolicy store(CreditPolicy policy);
}
