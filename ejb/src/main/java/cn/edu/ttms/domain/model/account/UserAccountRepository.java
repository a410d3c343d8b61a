package cn.edu.ttms.domain.model.account;

import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    UserAccount store(UserAccount account);

    boolean anyHolds(Role role);

    void recordFailedSignIn(long accountId, int consecutiveFailures, java.time.Instant lockedUntil);

    void recordSuccessfulSignIn(long accountId, java.time.Instant at);
}
