package cn.edu.ttms.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The public REST API (api.md) lives under {@code /api/v1}. Its resources are {@code @ApplicationScoped}
 * (they hold only services and {@code @Context} proxies): a resource made per request had Weld resolve
 * each of its injected EJBs through JNDI on every request (docs/benchmarks.md, "Opening rush").
 */
@ApplicationPath("/api")
public class RestApplication extends Application {}
