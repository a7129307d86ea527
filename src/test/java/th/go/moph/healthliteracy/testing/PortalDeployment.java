package th.go.moph.healthliteracy.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every integration test: the whole portal WAR as Maven built it, plus the test's own classes.
 * Testing the real archive means the tests see what production runs.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive withTestClasses(Class<?>... testClasses) {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests through Maven (mvn verify)");
        }
        return ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(war).as(WebArchive.class)
                .addClasses(testClasses);
    }
}
