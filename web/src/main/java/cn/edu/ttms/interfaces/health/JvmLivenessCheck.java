package cn.edu.ttms.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the JVM has heap to work with: a process that has run out of memory should be
 * restarted by the operator's supervisor rather than left answering errors.
 */
@Liveness
@ApplicationScoped
public class JvmLivenessCheck implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        double share = (double) used / rt.maxMemory();
        return HealthCheckResponse.named("jvm")
                .withData("heapUsedMiB", used >> 20)
                .withData("heapMaxMiB", rt.maxMemory() >> 20)
                .withData("processors", rt.availableProcessors())
                .status(share < MAX_HEAP_USE)
                .build();
    }
}
