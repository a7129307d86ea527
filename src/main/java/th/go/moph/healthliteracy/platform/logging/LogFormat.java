package th.go.moph.healthliteracy.platform.logging;

import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code LOG_FORMAT=json}: the server's log handlers write {@link JsonLogFormatter} lines from start-up on. */
@ApplicationScoped
public class LogFormat {

    private static final Logger LOG = Logger.getLogger(LogFormat.class.getName());

    @Inject
    @ConfigProperty(name = "LOG_FORMAT", defaultValue = "text")
    String format;

    void apply(@Observes Startup startup) {
        if (!format.equalsIgnoreCase("json")) {
            if (!format.equalsIgnoreCase("text")) {
                LOG.warning(() -> "LOG_FORMAT is 'text' or 'json', not '" + format + "'; keeping text");
            }
            return;
        }
        JsonLogFormatter json = new JsonLogFormatter();
        for (Handler handler : LogManager.getLogManager().getLogger("").getHandlers()) {
            handler.setFormatter(json);
        }
        LOG.info("Logging as JSON lines (LOG_FORMAT=json)");
    }
}
