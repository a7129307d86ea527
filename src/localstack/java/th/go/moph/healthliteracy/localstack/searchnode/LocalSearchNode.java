package th.go.moph.healthliteracy.localstack.searchnode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * Entry point of the local search node's JVM. Arguments: node home, data directory, HTTP port, transport port.
 * The node stops when its standard input closes (its parent went away) or on SIGTERM, so it never outlives
 * the process that started it.
 */
public final class LocalSearchNode {

    public static final String READY_LINE = "search node ready";

    private LocalSearchNode() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LocalSearchNode <home> <data-dir> <http-port> <transport-port>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path data = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(data);
        Files.createDirectories(home.resolve("logs"));
        Files.createDirectories(home.resolve("plugins"));

        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", data.toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "portal-local")
                .put("node.name", "portal-local-node")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args[2])
                .put("transport.port", args[3])
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();

        LogConfigurator.configureESLogging();
        LogConfigurator.configureWithoutConfig(settings);

        Environment environment = new Environment(settings, home.resolve("config"));
        PluginsLoader plugins = PluginsLoader.createPluginsLoader(
                PluginsLoader.loadModulesBundles(environment.modulesDir()),
                PluginsLoader.loadPluginsBundles(environment.pluginsDir()),
                Map.of());
        Node node = new Node(environment, plugins);
        node.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node, stopped), "search-node-shutdown"));
        System.out.println(READY_LINE + " on http://127.0.0.1:" + args[2]);
        System.out.flush();

        Thread watcher = new Thread(() -> {
            awaitEndOfInput(System.in);
            System.exit(0); // runs the shutdown hook
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
        stopped.await();
    }

    private static void awaitEndOfInput(InputStream in) {
        try {
            while (in.read() >= 0) {
                // the parent writes nothing; EOF means it is gone
            }
        } catch (IOException gone) {
            // treated like EOF
        }
    }

    private static void close(Node node, CountDownLatch stopped) {
        try {
            node.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("search node did not close cleanly: " + e);
        } finally {
            stopped.countDown();
        }
    }
}
