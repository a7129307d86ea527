package th.go.moph.healthliteracy.publishing.web;

import java.net.URL;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Resolves the Facelets templates of the current theme: {@code /theme/layout.xhtml} in a view is the
 * {@code layout.xhtml} of the request's theme ({@link Themes}). Facelets caches a template by its address, and each
 * theme's file has its own, so themes never mix.
 */
public class ThemeResourceHandler extends ResourceHandlerWrapper {

    static final String PREFIX = "/theme/";

    public ThemeResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String path) {
        if (!path.startsWith(PREFIX)) {
            return super.createViewResource(context, path);
        }
        Themes themes = CDI.current().select(Themes.class).get();
        String theme = themes.of((HttpServletRequest) context.getExternalContext().getRequest());
        return themes.file(theme, path.substring(PREFIX.length()))
                .or(() -> themes.file(themes.configured(), path.substring(PREFIX.length())))
                .map(ThemeResourceHandler::resource).orElse(null);
    }

    private static ViewResource resource(URL url) {
        return new ViewResource() {
            @Override
            public URL getURL() {
                return url;
            }
        };
    }
}
