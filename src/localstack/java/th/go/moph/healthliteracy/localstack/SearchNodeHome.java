package th.go.moph.healthliteracy.localstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.resolver.api.maven.Maven;

import th.go.moph.healthliteracy.localstack.searchnode.LocalSearchNode;
import th.go.moph.healthliteracy.localstack.searchnode.analysis.PortalAnalysisPlugin;

/**
 * Lays out the home of the local search node from the jars Elastic publishes: the server's jars (for the module
 * path), {@code modules/transport-netty4} with the netty transport, and {@code modules/analysis-portal} with the
 * project's analysis plugin. The jars come from the local Maven repository, at the versions the project's POM names.
 */
final class SearchNodeHome {

    private static final String NETTY_DESCRIPTOR = "META-INF/es-plugins/transport-netty4/plugin-descriptor.properties";

    final Path home;
    final List<Path> serverJars;
    final Path launcherClasses;

    private SearchNodeHome(Path home, List<Path> serverJars, Path launcherClasses) {
        this.home = home;
        this.serverJars = serverJars;
        this.launcherClasses = launcherClasses;
    }

    static SearchNodeHome assemble(Path home, Path pom) throws IOException {
        deleteRecursively(home);
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("plugins"));

        List<Path> server = resolve(pom, "org.elasticsearch:elasticsearch");
        Set<Path> netty = new LinkedHashSet<>(resolve(pom, "org.elasticsearch.plugin:transport-netty4"));
        netty.removeAll(server);
        installNetty(home.resolve("modules/transport-netty4"), netty);
        installAnalysisPlugin(home.resolve("modules/analysis-portal"), versionOf(server));
        Path launcher = home.resolve("launcher");
        copyClasses(LocalSearchNode.class, launcher, LocalSearchNode.class.getPackageName().replace('.', '/') + "/LocalSearchNode");
        return new SearchNodeHome(home, server, launcher);
    }

    private static List<Path> resolve(Path pom, String coordinates) {
        File[] files = Maven.configureResolver().workOffline().loadPomFromFile(pom.toFile())
                .resolve(coordinates).withTransitivity().asFile();
        return Stream.of(files).map(File::toPath).map(Path::toAbsolutePath).toList();
    }

    private static String versionOf(List<Path> serverJars) {
        String prefix = "elasticsearch-";
        return serverJars.stream().map(p -> p.getFileName().toString())
                .filter(n -> n.matches("elasticsearch-\\d+\\.\\d+\\.\\d+\\.jar"))
                .map(n -> n.substring(prefix.length(), n.length() - ".jar".length()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Elasticsearch server jar was resolved"));
    }

    private static void installNetty(Path module, Set<Path> jars) throws IOException {
        Files.createDirectories(module);
        for (Path jar : jars) {
            Files.createSymbolicLink(module.resolve(jar.getFileName()), jar);
            if (jar.getFileName().toString().startsWith("transport-netty4-")) {
                try (JarFile plugin = new JarFile(jar.toFile()); InputStream descriptor =
                        plugin.getInputStream(plugin.getEntry(NETTY_DESCRIPTOR))) {
                    Files.copy(descriptor, module.resolve("plugin-descriptor.properties"));
                }
            }
        }
        if (!Files.exists(module.resolve("plugin-descriptor.properties"))) {
            throw new IllegalStateException("transport-netty4 jar without " + NETTY_DESCRIPTOR);
        }
    }

    private static void installAnalysisPlugin(Path module, String elasticsearchVersion) throws IOException {
        Files.createDirectories(module);
        String pkg = PortalAnalysisPlugin.class.getPackageName().replace('.', '/') + "/";
        Path classes = classesRoot(PortalAnalysisPlugin.class);
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(module.resolve("analysis-portal.jar")));
             Stream<Path> files = Files.walk(classes.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
        Files.writeString(module.resolve("plugin-descriptor.properties"), String.join("\n",
                "description=The analysis-common components the Health Literacy Portal uses (local node only)",
                "version=" + elasticsearchVersion,
                "name=analysis-portal",
                "classname=" + PortalAnalysisPlugin.class.getName(),
                "java.version=17",
                "elasticsearch.version=" + elasticsearchVersion,
                ""));
    }

    private static void copyClasses(Class<?> anchor, Path target, String classNamePrefix) throws IOException {
        Path classes = classesRoot(anchor);
        Path dir = classes.resolve(classNamePrefix).getParent();
        String simplePrefix = classes.resolve(classNamePrefix).getFileName().toString();
        List<Path> matches = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith(simplePrefix)).forEach(matches::add);
        }
        for (Path file : matches) {
            Path copy = target.resolve(classes.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }
    }

    private static Path classesRoot(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

}
