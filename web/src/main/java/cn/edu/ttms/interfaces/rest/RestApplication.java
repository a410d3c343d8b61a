package cn.edu.ttms.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public REST API (api.md) lives under {@code /api/v1}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
