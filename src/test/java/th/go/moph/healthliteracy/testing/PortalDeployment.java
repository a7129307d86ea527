package th.go.moph.healthliteracy.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of every integration test: the whole portal WAR as Maven built it, plus the project's test
 * classes (so tests see what production runs). Every test class deploys this same archive, and
 * {@link SharedPayaraMicro} starts Payara Micro once for all of them.
 */
public final class PortalDeployment {

    private static final String ROOT = "th/go/moph/healthliteracy/";

    private PortalDeployment() {
    }

    public static WebArchive shared() {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests through Maven (mvn verify)");
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(war).as(WebArchive.class);
        Path classes = testClasses();
        try (Stream<Path> files = Files.walk(classes.resolve(ROOT))) {
            files.filter(PortalDeployment::belongsInTheContainer).forEach(file -> archive.add(new FileAsset(file.toFile()),
                    "WEB-INF/classes/" + classes.relativize(file).toString().replace(File.separatorChar, '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }

    /** Test classes, but not the local stack (it starts servers) nor the browser drivers (client side only). */
    private static boolean belongsInTheContainer(Path file) {
        String path = file.toString().replace(File.separatorChar, '/');
        String name = file.getFileName().toString();
        return name.endsWith(".class") && !path.contains("/localstack/") && !name.startsWith("LocalStackSession")
                && !name.startsWith("Chromium") && !name.startsWith("EditorBrowser") && !name.contains("BrowserIT")
                && !name.startsWith("SharedDeployment") && !name.startsWith("SharedPayaraMicro");
    }

    private static Path testClasses() {
        try {
            return Path.of(PortalDeployment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
