package th.go.moph.healthliteracy.content.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.content.application.Taxonomy;
import th.go.moph.healthliteracy.content.domain.Topic;
import th.go.moph.healthliteracy.platform.web.EditorMessages;

/** The taxonomy screen: add, relabel, retire and reinstate topics. */
@Named
@ViewScoped
public class TopicsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Taxonomy taxonomy;

    @Inject
    EditorMessages messages;

    private String code;
    private String labelTh;
    private String labelEn;

    public void add() {
        try {
            taxonomy.add(code, labelTh, labelEn);
            messages.info("editor.saved");
            code = null;
            labelTh = null;
            labelEn = null;
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void toggle(Topic topic) {
        try {
            taxonomy.setActive(topic.code(), !topic.active());
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getLabelTh() { return labelTh; }
    public void setLabelTh(String labelTh) { this.labelTh = labelTh; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
}
