package th.go.moph.healthliteracy.platform.web;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.omnifaces.util.Messages;

import th.go.moph.healthliteracy.content.domain.WorkflowException;
import th.go.moph.healthliteracy.identity.domain.AccessDeniedException;

/**
 * Turns the services' refusals into messages in the editor's language: a rule's code picks the translated text
 * ({@code error.<code>} in the bundle); the English message of the rule is the fallback, never a stack trace.
 */
@ApplicationScoped
public class EditorMessages {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            EditorMessages.class.getName());

    public void info(String key) {
        Messages.addGlobal(FacesMessage.SEVERITY_INFO, text(key, key));
    }

    public void refused(RuntimeException e) {
        String message;
        if (e instanceof WorkflowException w) {
            message = text("error." + w.code(), w.getMessage());
            if (w.code().equals("publish.gate")) {
                message = text("error.publish.gate", "Cannot publish yet") + " — " + w.getMessage();
            }
        } else if (e instanceof th.go.moph.healthliteracy.media.domain.MediaRefusedException m) {
            message = text("error." + m.code(), m.getMessage());
        } else if (e instanceof AccessDeniedException) {
            message = text("error.accessDenied", e.getMessage());
        } else if (e instanceof th.go.moph.healthliteracy.audit.application.Refusal
                || (e instanceof IllegalArgumentException || e instanceof IllegalStateException) && ours(e)) {
            message = e.getMessage(); // the services' own sentences, written for the person at the screen
        } else if (e instanceof jakarta.validation.ConstraintViolationException invalid) {
            message = invalid.getConstraintViolations().stream().map(v -> v.getMessage()).sorted()
                    .collect(java.util.stream.Collectors.joining("; "));
        } else {
            // anything else is a fault, not a refusal: its text (SQL, class names) is for the log, not the screen
            String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.log(java.util.logging.Level.SEVERE, "Unexpected failure, reference " + reference, e);
            message = text("error.unexpected", "Something went wrong; it was logged") + " (" + reference + ")";
        }
        Messages.addGlobal(FacesMessage.SEVERITY_ERROR, message);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Whether the portal's own code threw it (its sentences are written for the screen); a library's message (a query,
     * a number it could not parse) is not.
     */
    private static boolean ours(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("th.go.moph.healthliteracy.")
                && !(e instanceof NumberFormatException);
    }

    public String text(String key, String fallback) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "text");
            return bundle.getString(key);
        } catch (MissingResourceException | NullPointerException e) {
            return fallback;
        }
    }
}
