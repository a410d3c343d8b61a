package cn.edu.ttms.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A node of an older release meets a database a newer release has upgraded: Flyway lets it pass, we do not.
 * Run on the real migrations in the embedded database (H2, MySQL mode), as the run command uses them.
 */
class NewerSchemaTest {

    private static final String URL = "jdbc:h2:mem:newer-schema;MODE=MySQL;DB_CLOSE_DELAY=-1";

    private static Flyway flyway() {
        return Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/migration")
                .load();
    }

    @Test
    void aDatabaseUpgradedByANewerReleaseIsNamedAndRefused() throws Exception {
        Flyway flyway = flyway();
        flyway.migrate();
        assertEquals(Optional.empty(), DatabaseMigration.newerThanThisRelease(flyway.info()), "current: serve");
        String known = flyway.info().current().getVersion().getVersion();

        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            c.createStatement()
                    .executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                            + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                            + " \"execution_time\", \"success\") VALUES (999, '999', 'from a newer release', 'SQL',"
                            + " 'V999__from_a_newer_release.sql', 1, 'sa', 1, TRUE)");
        }
        Optional<String> newer = DatabaseMigration.newerThanThisRelease(flyway().info());
        assertTrue(newer.isPresent(), "an older node must not write to a newer schema");
        assertTrue(newer.get().contains("schema version 999"), newer.get());
        assertTrue(newer.get().contains("up to " + known), newer.get());
    }
}
