package cn.edu.ttms.interfaces.health;

import cn.edu.ttms.infrastructure.persistence.datasource.ApplicationDataSource;
import cn.edu.ttms.infrastructure.persistence.datasource.DatabaseSettings;
import cn.edu.ttms.infrastructure.persistence.migration.DatabaseMigration;
import cn.edu.ttms.infrastructure.persistence.migration.DatabaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers now and every migration has been applied. Lives in the web
 * module because Payara registers health checks of web modules (in an EAR, not those of an ejb module).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Inject
    DatabaseMigration migration;

    private final DataSource dataSource = ApplicationDataSource.lookup();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("state", migration.state().name());
        if (migration.state() != DatabaseState.READY) {
            if (migration.problem() != null) {
                response.withData("problem", migration.problem());
            }
            return response.down().build();
        }
        response.withData("schemaVersion", String.valueOf(migration.schemaVersion()));
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(VALIDATION_TIMEOUT_SECONDS)
                    ? response.up().build()
                    : response.down().build();
        } catch (SQLException e) {
            return response.down()
                    .withData("problem", DatabaseSettings.printable(e.getMessage()))
                    .build();
        }
    }
}
