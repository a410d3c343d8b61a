package cn.edu.ttms.interfaces.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one client may look up verification codes (issue 18: every lookup rate-limited): a token
 * bucket per client address, {@code app.verify.per-minute} lookups a minute with as many in a burst.
 * Codes carry 130 random bits, so the limit is not what keeps them unguessable; it keeps one client from
 * turning the public page into a load test. Per node: behind a balancer each node allows its share.
 */
@ApplicationScoped
public class LookupLimiter {

    private static final int MAX_CLIENTS = 100_000;

    @Inject
    @ConfigProperty(name = "app.verify.per-minute", defaultValue = "60")
    int perMinute;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Whether the client may look up now (and counts the lookup). */
    public boolean allow(String client) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now));
        return bucket.take(perMinute, now);
    }

    /** Seconds until the client may try again (for {@code Retry-After}). */
    public int retryAfterSeconds() {
        return Math.max(1, (int) Math.ceil(60.0 / Math.max(1, perMinute)));
    }

    private void forgetIdle(long now) {
        for (Iterator<Bucket> i = buckets.values().iterator(); i.hasNext(); ) {
            if (now - i.next().last > 120_000_000_000L) {
                i.remove();
            }
        }
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized boolean take(int perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - last) / 60e9 * perMinute);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
