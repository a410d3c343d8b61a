package cn.edu.ttms.application.audit;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Who is acting, for the audit trail: the signed-in caller, or a named system task (demo data,
 * timers) that ran {@link #as(String, Supplier)}.
 */
public final class AuditActor {

    public static final String SYSTEM = "system";
    private static final ThreadLocal<String> TASK = new ThreadLocal<>();
    private static final Map<ClassLoader, Instance<SecurityContext>> SECURITY = new ConcurrentHashMap<>();

    private AuditActor() {}

    public static String current() {
        String task = TASK.get();
        if (task != null) {
            return task;
        }
        try {
            Principal principal = securityContext().get().getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException e) {
            return SYSTEM; // no security context here (start-up, timers)
        }
    }

    /**
     * The way to the security context, found once per module class loader (a request of the web
     * module and a timer of the EJB module may see different bean managers): {@code CDI.current()} is
     * a JNDI lookup behind a lock, and every audited change asks (docs/benchmarks.md, "Opening rush").
     * The {@link Instance} resolves the context afresh on each {@code get()}.
     */
    private static Instance<SecurityContext> securityContext() {
        ClassLoader module = Thread.currentThread().getContextClassLoader();
        if (module == null) {
            return CDI.current().select(SecurityContext.class);
        }
        return SECURITY.computeIfAbsent(module, m -> CDI.current().select(SecurityContext.class));
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
