package th.go.moph.healthliteracy.identity.web;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import th.go.moph.healthliteracy.identity.application.AccountPasswords;
import th.go.moph.healthliteracy.platform.web.EditorMessages;

/** The change-password form. */
@Named
@RequestScoped
public class PasswordBean {

    @Inject
    AccountPasswords passwords;

    @Inject
    EditorMessages messages;

    @Inject
    FacesContext faces;

    private String current;
    private String chosen;
    private String repeated;

    public void change() {
        if (chosen == null || !chosen.equals(repeated)) {
            messages.refused(new IllegalArgumentException(messages.text("password.mismatch",
                    "The new password and its repetition differ")));
            return;
        }
        try {
            Instant othersEnded = passwords.change(current.toCharArray(), chosen.toCharArray());
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            request.changeSessionId(); // a copy of the old session cookie opens nothing now
            request.getSession().setAttribute(StaffSessionFilter.CONFIRMED_AT, othersEnded.plusMillis(1));
            messages.info("password.changed");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getChosen() { return chosen; }
    public void setChosen(String chosen) { this.chosen = chosen; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
