package cn.edu.ttms.domain.model.account;

import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    UserAccount store(UserAccount account);
}
