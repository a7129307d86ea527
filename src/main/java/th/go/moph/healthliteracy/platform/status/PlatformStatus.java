package th.go.moph.healthliteracy.platform.status;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.FileStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import th.go.moph.healthliteracy.platform.PortalDirectories;

/** This instance and what it stands on: uptime, memory, the data folder's free space, the database and its schema. */
@ApplicationScoped
public class PlatformStatus implements StatusSection {

    private static final long GIB = 1L << 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalDirectories directories;

    @Override
    public String title() {
        return "status.platform";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    @Transactional
    public List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        var runtime = ManagementFactory.getRuntimeMXBean();
        facts.add(Fact.ok("status.instance", runtime.getName()));
        facts.add(Fact.ok("status.uptime", Duration.ofMillis(runtime.getUptime()).withNanos(0).toString()
                .substring(2).toLowerCase()));
        Runtime memory = Runtime.getRuntime();
        long used = memory.totalMemory() - memory.freeMemory();
        facts.add(Fact.judged("status.heap", (used >> 20) + " / " + (memory.maxMemory() >> 20) + " MiB", used
                > memory.maxMemory() * 0.85, false));
        try {
            FileStore store = Files.getFileStore(directories.folder("media"));
            long free = store.getUsableSpace();
            facts.add(Fact.judged("status.diskFree", String.format("%.1f GiB", free / (double) GIB), free < 10 * GIB,
                    free < GIB));
        } catch (IOException e) {
            facts.add(new Fact("status.diskFree", e.getMessage(), Health.FAILING));
        }
        Instant started = Instant.now();
        Object version = em.createNativeQuery("select version from flyway_schema_history where success"
                + " and version is not null order by installed_rank desc limit 1").getSingleResult();
        long millis = Duration.between(started, Instant.now()).toMillis();
        facts.add(Fact.judged("status.database", "schema " + version + " · " + millis + " ms", millis > 200, false));
        return facts;
    }
}
