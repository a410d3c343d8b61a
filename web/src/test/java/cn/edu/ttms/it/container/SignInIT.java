package cn.edu.ttms.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.account.SignInOutcome;
import cn.edu.ttms.application.account.SignInService;
import cn.edu.ttms.application.account.SignInService.Channel;
import cn.edu.ttms.domain.model.account.PasswordHasher;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in against the database identity store: PBKDF2, the growing lock-out, and the audit trail. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String USER = "lockout-probe";
    private static final String PASSWORD = "Probe2026pass";

    @Inject
    SignInService signIns;

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordHasher passwords;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    @BeforeEach
    void anAccountOfItsOwn() throws Exception {
        tx.begin();
        em.createNativeQuery("DELETE FROM user_role WHERE user_id IN (SELECT id FROM user_account WHERE username = ?)")
                .setParameter(1, USER)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM user_account WHERE username = ?")
                .setParameter(1, USER)
                .executeUpdate();
        accounts.store(new UserAccount(
                USER,
                "Probe",
                passwords.hash(PASSWORD.toCharArray()),
                organisations.findByName("凤庆县").orElseThrow(),
                Set.of(Role.BUREAU_STAFF)));
        tx.commit();
    }

    @Test
    void theRightPasswordSignsInWithTheRolesAsGroups() {
        SignInOutcome outcome = signIns.signIn(USER, PASSWORD.toCharArray(), Channel.FORM);
        assertTrue(outcome.succeeded());
        assertEquals(Set.of("BUREAU_STAFF"), outcome.groups());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(
                    SignInOutcome.Status.INVALID,
                    signIns.signIn(USER, "wrong".toCharArray(), Channel.API).status());
        }
        SignInOutcome fifth = signIns.signIn(USER, "wrong".toCharArray(), Channel.API);
        assertEquals(SignInOutcome.Status.LOCKED, fifth.status());
        assertTrue(fifth.lockedUntil() != null);

        assertEquals(
                SignInOutcome.Status.LOCKED,
                signIns.signIn(USER, PASSWORD.toCharArray(), Channel.FORM).status());
        assertTrue(
                em.createNativeQuery("SELECT locked_until FROM user_account WHERE username = ?")
                                .setParameter(1, USER)
                                .getSingleResult()
                        != null,
                "locked in the database");

        Number failures = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action IN ('SIGN_IN_FAILED', 'SIGN_IN_LOCKED')")
                .setParameter(1, USER)
                .getSingleResult();
        assertTrue(failures.intValue() >= 6, "every failed attempt is audited: " + failures);
    }

    @Test
    void anUnknownUsernameIsInvalidAndAudited() {
        assertEquals(
                SignInOutcome.Status.INVALID,
                signIns.signIn("nobody-here", "x".toCharArray(), Channel.FORM).status());
        Number entries = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM audit_entry WHERE actor = 'nobody-here' AND action = 'SIGN_IN_FAILED'")
                .getSingleResult();
        assertTrue(entries.intValue() >= 1);
    }
}
