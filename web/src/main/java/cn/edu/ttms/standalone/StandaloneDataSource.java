package cn.edu.ttms.standalone;

import cn.edu.ttms.infrastructure.persistence.datasource.DatabaseSettings;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The data source of the standalone application (Payara Micro): zero configuration on the
 * embedded H2 database, MySQL when {@code app.db.url} says so (see {@code ConfiguredDataSource}).
 *
 * <p>This package is left out of the WAR that goes into the EAR: on a full server, government IT
 * creates the pool {@code jdbc/ttms} with asadmin and the EAR maps {@code java:app/jdbc/ttms} to it.
 */
@DataSourceDefinition(
        name = DatabaseSettings.JNDI_NAME,
        className = "cn.edu.ttms.infrastructure.persistence.datasource.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            // A real round trip (Connection.isValid: a ping), at most once a minute per connection: the
            // driver remembers its session state (ConfiguredDataSource), so "auto-commit" would no longer
            // reach the database, and validating on every borrow cost a round trip per request.
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=60",
            "fish.payara.fail-all-connections=true"
        })
@WebListener
public class StandaloneDataSource implements ServletContextListener {
    // The annotation is the point; a listener is simply a component the container always scans.
}
