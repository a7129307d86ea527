package th.go.moph.healthliteracy.publishing.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The citizen site's themes: folders holding a {@code layout.xhtml} (the page frame: header, footer, partner credit
 * line) and an {@code assets/} folder (CSS, logos). Those in the repository's {@code themes/} are packaged with the
 * portal; more can be added in {@code THEMES_DIR} without rebuilding it (a folder there shadows a packaged one of the
 * same name). {@code PORTAL_THEME} chooses the site's theme; {@code ?theme=<name>} previews another installed one on a
 * single page.
 */
@ApplicationScoped
public class Themes {

    static final String PACKAGED = "/WEB-INF/themes/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)*(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)*)*");

    @Inject
    ServletContext servletContext;

    @Inject
    @ConfigProperty(name = "PORTAL_THEME", defaultValue = "ministry")
    String configured;

    @Inject
    @ConfigProperty(name = "THEMES_DIR")
    Optional<String> themesDir;

    private volatile Set<String> installed;

    /** The installed themes' names, found once (a theme added to {@code THEMES_DIR} shows after a restart). */
    public Set<String> installed() {
        Set<String> found = installed;
        if (found == null) {
            found = java.util.Collections.unmodifiableSet(findInstalled());
            installed = found;
        }
        return found;
    }

    private Set<String> findInstalled() {
        Set<String> names = new TreeSet<>();
        Set<String> packaged = servletContext.getResourcePaths(PACKAGED);
        if (packaged != null) {
            packaged.stream().filter(p -> p.endsWith("/")).map(p -> p.substring(PACKAGED.length(), p.length() - 1))
                    .filter(n -> NAME.matcher(n).matches()).forEach(names::add);
        }
        themesDir.map(Path::of).filter(Files::isDirectory).ifPresent(dir -> {
            try (Stream<Path> folders = Files.list(dir)) {
                folders.filter(f -> Files.isRegularFile(f.resolve("layout.xhtml")))
                        .map(f -> f.getFileName().toString()).filter(n -> NAME.matcher(n).matches())
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return names;
    }

    /** The theme of this request: a previewed one if installed, else the configured one. */
    public String of(HttpServletRequest request) {
        Object chosen = request.getAttribute(Themes.class.getName());
        if (chosen instanceof String name) {
            return name;
        }
        String preview = request.getParameter("theme");
        String name = preview != null && NAME.matcher(preview).matches() && installed().contains(preview) ? preview
                : configured;
        request.setAttribute(Themes.class.getName(), name);
        return name;
    }

    /** The address of a file of {@code theme}, or empty when it has none (or the path could escape the theme). */
    public Optional<URL> file(String theme, String path) {
        if (!NAME.matcher(theme).matches() || !PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        try {
            if (themesDir.isPresent()) {
                Path file = Path.of(themesDir.get(), theme).resolve(path).normalize();
                if (file.startsWith(Path.of(themesDir.get()).normalize()) && Files.isRegularFile(file)) {
                    return Optional.of(file.toUri().toURL());
                }
            }
            return Optional.ofNullable(servletContext.getResource(PACKAGED + theme + "/" + path));
        } catch (MalformedURLException e) {
            return Optional.empty();
        }
    }

    public String configured() {
        return configured;
    }
}
