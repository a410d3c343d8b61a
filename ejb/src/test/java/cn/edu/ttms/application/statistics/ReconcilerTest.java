package cn.edu.ttms.application.statistics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** Which failures of a reconciliation chunk are a deadlock's roll-back, run again rather than ending the run. */
class ReconcilerTest {

    @Test
    void aDeadlockWrappedByTheContainerIsRecognised() {
        assertTrue(Reconciler.deadlock(new EJBException(new IllegalStateException(
                "Deadlock found when trying to get lock",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)))));
        assertTrue(Reconciler.deadlock(new IllegalStateException(new SQLException("lock wait timeout", "40001"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Reconciler.deadlock(new EJBException(new IllegalStateException(
                "Duplicate entry", new SQLException("Duplicate entry '1-2021-0' for key 'PRIMARY'", "23000", 1062)))));
        assertFalse(Reconciler.deadlock(new IllegalArgumentException("bad")));
    }
}
