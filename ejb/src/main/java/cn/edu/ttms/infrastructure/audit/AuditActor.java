package cn.edu.ttms.infrastructure.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.function.Supplier;

/**
 * Who is acting, for the audit trail: the signed-in caller, or a named system task (demo data,
 * timers) that ran {@link #as(String, Supplier)}.
 */
public final class AuditActor {

    public static final String SYSTEM = "system";
    private static final ThreadLocal<String> TASK = new ThreadLocal<>();

    private AuditActor() {
    }

    public static String current() {
        String task = TASK.get();
        if (task != null) {
            return task;
        }
        try {
            Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException e) {
            return SYSTEM; // no security context here (start-up, timers)
        }
    }

    /** Runs {@code work} with changes recorded under the name of a system task. */
    public static <T> T as(String task, Supplier<T> work) {
        String previous = TASK.get();
        TASK.set(task);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                TASK.remove();
            } else {
                TASK.set(previous);
            }
        }
    }
}
