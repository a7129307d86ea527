package th.go.moph.healthliteracy.content.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import th.go.moph.healthliteracy.content.application.PreviewLinks;
import th.go.moph.healthliteracy.content.application.PreviewLinks.PreviewedRevision;

/** A signed preview link's page: the revision as a citizen would see it, never indexed, never cached. */
@Named
@RequestScoped
public class PreviewBean {

    @Inject
    PreviewLinks links;

    private String item;
    private String revision;
    private String expires;
    private String signature;
    private PreviewedRevision preview;

    public void open() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("X-Robots-Tag", "noindex, nofollow");
        preview = links.open(item, revision, expires, signature).orElse(null);
        if (preview == null) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "This preview link is not valid or has expired");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getItem() { return item; }
    public void setItem(String item) { this.item = item; }
    public String getRevision() { return revision; }
    public void setRevision(String revision) { this.revision = revision; }
    public String getExpires() { return expires; }
    public void setExpires(String expires) { this.expires = expires; }
    public String getSignature() { return signature; }
    public void setSignature(String signature) { this.signature = signature; }
    public PreviewedRevision getPreview() { return preview; }
}
