package cn.edu.ttms.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment that every integration test class shares: the WAR that the build produced
 * (exactly what users run), plus the in-container test classes. One Payara Micro boot per run.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private Deployments() {}

    @Deployment(name = "ttms")
    public static WebArchive application() {
        TestDatabase.recreate();
        File war = new File(System.getProperty("ttms.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify builds it): " + war);
        }
        // ROOT.war: served at the context root "/", as in production.
        return ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addPackage("cn.edu.ttms.it.container");
    }
}
