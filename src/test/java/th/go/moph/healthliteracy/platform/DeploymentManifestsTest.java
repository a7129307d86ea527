package th.go.moph.healthliteracy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The production manifests under {@code deploy/} are not run here (no container engine), so they are checked as
 * data: the Kubernetes manifests parsed into Kubernetes' own model (fabric8), the Compose file as YAML. Images are
 * pinned; probes ask the portal's real health endpoints on the port the container opens; services, ingress and
 * autoscalers point at what exists; every variable a portal container is given is one the portal reads (no typo
 * passes), and every variable production cannot do without is given to every portal container.
 */
class DeploymentManifestsTest {

    /**
     * What production must set: the local defaults of these point at localhost or a home folder, the secrets must be
     * the same on every instance, and the media must be in the shared bucket.
     */
    private static final Set<String> REQUIRED = Set.of("PUBLIC_BASE_URL", "DATA_DIR", "DB_URL", "DB_USER",
            "DB_PASSWORD", "ES_URLS", "ES_API_KEY", "MEDIA_STORE", "S3_BUCKET", "SECRET_SEALING_KEY", "PREVIEW_SECRET",
            "TRUSTED_PROXIES", "SECURITY_CONTACT", "MEDIA_WORKERS");
    private static final Set<String> HEALTH = Set.of("/health/ready", "/health/live", "/health/started");
    private static final Pattern PINNED = Pattern.compile("[a-z0-9./-]+(:[0-9]+)?/?[a-z0-9./_-]*:[A-Za-z0-9._-]+");

    private static Set<String> known;

    /** Every variable the portal reads: its configuration properties, data source settings and raw lookups. */
    @BeforeAll
    static void variablesThePortalReads() throws IOException {
        known = new TreeSet<>();
        Pattern read = Pattern.compile("@ConfigProperty\\(name = \"([A-Z0-9_]+)\"|MPCONFIG=([A-Z0-9_]+)"
                + "|getenv\\(\"([A-Z0-9_]+)\"\\)");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = read.matcher(Files.readString(source));
                while (m.find()) {
                    known.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
                }
            }
        }
        Properties defaults = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            defaults.load(in);
        }
        defaults.stringPropertyNames().stream().filter(k -> k.matches("[A-Z0-9_]+")).forEach(known::add);
        assertTrue(known.containsAll(REQUIRED), "the required variables are read: " + known);
    }

    @Test
    void theKubernetesManifestsHoldTogether() throws IOException {
        List<HasMetadata> resources = new ArrayList<>();
        KubernetesSerialization serialization = new KubernetesSerialization();
        try (Stream<Path> files = Files.list(Path.of("deploy/k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
                    if (document.lines().anyMatch(l -> l.startsWith("kind:"))) {
                        resources.add(serialization.unmarshal(document, HasMetadata.class));
                    }
                }
            }
        }
        assertTrue(resources.stream().allMatch(r -> r.getMetadata().getNamespace() == null
                || r.getMetadata().getNamespace().equals("health-literacy")), "one namespace");
        List<Deployment> deployments = only(resources, Deployment.class);
        assertEquals(Set.of("portal-web", "portal-worker"), deployments.stream().map(d -> d.getMetadata().getName())
                .collect(Collectors.toSet()));
        Map<String, String> configured = new HashMap<>();
        only(resources, ConfigMap.class).forEach(c -> c.getData().forEach(configured::put));
        only(resources, Secret.class).forEach(s -> s.getStringData().forEach(configured::put));

        for (Deployment deployment : deployments) {
            var pod = deployment.getSpec().getTemplate();
            assertEquals(deployment.getSpec().getSelector().getMatchLabels().get("app.kubernetes.io/name"),
                    pod.getMetadata().getLabels().get("app.kubernetes.io/name"), "the selector selects the pods");
            for (Container container : pod.getSpec().getContainers()) {
                String where = deployment.getMetadata().getName() + "/" + container.getName();
                assertTrue(PINNED.matcher(container.getImage()).matches() && !container.getImage().endsWith(":latest"),
                        where + ": a pinned image, not " + container.getImage());
                assertEquals(8080, container.getPorts().get(0).getContainerPort(), where);
                String port = container.getPorts().get(0).getName();
                for (Probe probe : List.of(container.getReadinessProbe(), container.getLivenessProbe(),
                        container.getStartupProbe())) {
                    assertNotNull(probe, where + ": readiness, liveness and startup probes");
                    assertTrue(HEALTH.contains(probe.getHttpGet().getPath()), where + ": " + probe.getHttpGet().getPath());
                    assertEquals(port, probe.getHttpGet().getPort().getStrVal(), where + ": probes on the open port");
                }
                assertEquals("/health/ready", container.getReadinessProbe().getHttpGet().getPath(), where);
                assertEquals("/health/live", container.getLivenessProbe().getHttpGet().getPath(), where);
                for (String kind : List.of("cpu", "memory")) {
                    assertNotNull(container.getResources().getRequests().get(kind), where + ": requests " + kind);
                    assertNotNull(container.getResources().getLimits().get(kind), where + ": limits " + kind);
                }
                Map<String, String> env = new HashMap<>();
                container.getEnvFrom().forEach(from -> {
                    if (from.getConfigMapRef() != null) {
                        assertTrue(only(resources, ConfigMap.class).stream().anyMatch(c -> c.getMetadata().getName()
                                .equals(from.getConfigMapRef().getName())), where + ": its config map exists");
                    }
                    if (from.getSecretRef() != null) {
                        assertTrue(only(resources, Secret.class).stream().anyMatch(c -> c.getMetadata().getName()
                                .equals(from.getSecretRef().getName())), where + ": its secret exists");
                    }
                });
                env.putAll(configured);
                container.getEnv().forEach(e -> env.put(e.getName(), e.getValue()));
                checkVariables(where, env);
            }
        }
        int workers = Integer.parseInt(env(deployments, "portal-web").get("MEDIA_WORKERS"));
        assertEquals(0, workers, "web pods leave transcoding to the workers");
        assertTrue(Integer.parseInt(env(deployments, "portal-worker").get("MEDIA_WORKERS")) > 0, "workers transcode");

        for (Service service : only(resources, Service.class)) {
            String selected = service.getSpec().getSelector().get("app.kubernetes.io/name");
            Deployment target = deployments.stream().filter(d -> d.getMetadata().getName().equals(selected)).findFirst()
                    .orElseThrow(() -> new AssertionError("the service selects no deployment: " + selected));
            String port = service.getSpec().getPorts().get(0).getTargetPort().getStrVal();
            assertTrue(target.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().stream()
                    .anyMatch(p -> p.getName().equals(port)), "the service's target port is open: " + port);
        }
        for (Ingress ingress : only(resources, Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> assertTrue(
                    only(resources, Service.class).stream().anyMatch(s -> s.getMetadata().getName()
                            .equals(path.getBackend().getService().getName())), "the ingress routes to a service")));
            assertFalse(ingress.getSpec().getTls().isEmpty(), "the ingress serves https");
        }
        List<HorizontalPodAutoscaler> autoscalers = only(resources, HorizontalPodAutoscaler.class);
        assertEquals(2, autoscalers.size(), "both deployments scale");
        for (HorizontalPodAutoscaler hpa : autoscalers) {
            assertTrue(deployments.stream().anyMatch(d -> d.getMetadata().getName()
                    .equals(hpa.getSpec().getScaleTargetRef().getName())), "the autoscaler scales a deployment");
            assertTrue(hpa.getSpec().getMinReplicas() >= 1 && hpa.getSpec().getMinReplicas() <= hpa.getSpec()
                    .getMaxReplicas());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComposeFileHoldsTogether() throws IOException {
        Map<String, Object> compose;
        try (InputStream in = Files.newInputStream(Path.of("deploy/compose/compose.yaml"))) {
            compose = new Yaml(new LoaderOptions()).load(in);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        services.forEach((name, service) -> {
            if (service.get("image") instanceof String image) {
                assertTrue(PINNED.matcher(image).matches() && !image.endsWith(":latest"), name + ": pinned " + image);
            }
        });
        assertTrue(((String) services.get("postgres").get("image")).startsWith("postgres:"), "the official PostgreSQL");
        List<String> nodes = services.entrySet().stream().filter(e -> String.valueOf(e.getValue().get("image"))
                .matches("docker\\.elastic\\.co/elasticsearch/elasticsearch:(8\\.19|9\\.\\d+)\\.\\d+")
                && e.getValue().get("environment") instanceof Map<?, ?> env && env.containsKey("node.name"))
                .map(Map.Entry::getKey).sorted().toList();
        assertEquals(List.of("es01", "es02", "es03"), nodes, "a 3-node Elasticsearch 8.19 / 9.x cluster");
        for (String node : nodes) {
            Map<String, Object> env = (Map<String, Object>) services.get(node).get("environment");
            assertEquals(node, env.get("node.name"));
            assertEquals("es01,es02,es03", env.get("cluster.initial_master_nodes"), node);
        }
        assertTrue(String.valueOf(services.get("minio").get("image")).contains("minio"), "an S3-compatible store");
        List<String> portals = List.of("portal-a", "portal-b", "worker");
        for (String name : portals) {
            Map<String, Object> service = services.get(name);
            assertNotNull(service, name);
            Map<String, String> env = new HashMap<>();
            ((Map<String, Object>) service.get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
            checkVariables(name, env);
            assertTrue(String.valueOf(((Map<String, Object>) service.get("healthcheck")).get("test"))
                    .contains("/health/ready"), name + ": checked by readiness");
            assertEquals(name.equals("worker"), Integer.parseInt(env.get("MEDIA_WORKERS")) > 0,
                    name + ": only the worker transcodes");
            assertTrue(env.get("ES_URLS").contains("es01") && env.get("ES_URLS").contains("es03"), "all nodes");
            assertEquals("s3", env.get("MEDIA_STORE"));
        }
    }

    private static void checkVariables(String where, Map<String, String> env) {
        Set<String> unknown = new TreeSet<>(env.keySet());
        unknown.removeAll(known);
        assertEquals(Set.of(), unknown, where + ": variables the portal does not read (a typo?)");
        Set<String> missing = new TreeSet<>(REQUIRED);
        missing.removeAll(env.keySet());
        assertEquals(Set.of(), missing, where + ": variables production must set");
    }

    private static Map<String, String> env(List<Deployment> deployments, String name) {
        return deployments.stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow()
                .getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .collect(Collectors.toMap(e -> e.getName(), e -> e.getValue()));
    }

    private static <T> List<T> only(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
