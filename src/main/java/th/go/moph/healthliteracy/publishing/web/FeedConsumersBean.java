package th.go.moph.healthliteracy.publishing.web;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import th.go.moph.healthliteracy.platform.web.EditorMessages;
import th.go.moph.healthliteracy.publishing.application.FeedConsumers;
import th.go.moph.healthliteracy.publishing.domain.FeedConsumer;
import th.go.moph.healthliteracy.publishing.infrastructure.jpa.WebhookDeliveries;

/**
 * The feed consumers screen for system administrators: register a channel (its key and webhook secret are shown
 * here once, then never again), rotate keys, stop or resume a channel, and read and resend its webhook deliveries.
 */
@Named
@ViewScoped
public class FeedConsumersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedConsumers consumers;

    @Inject
    EditorMessages messages;

    private String name;
    private String view = "";
    private int requestsPerMinute = 600;
    private String webhookUrl;
    private String shownKey;
    private String shownSecret;
    private UUID selected;
    private transient List<FeedConsumer> all;
    private transient List<WebhookDeliveries.Delivery> deliveries;

    public List<FeedConsumer> getAll() {
        if (all == null) {
            try {
                all = consumers.all();
            } catch (RuntimeException e) {
                messages.refused(e);
                all = List.of();
            }
        }
        return all;
    }

    public void register() {
        try {
            FeedConsumers.Registered registered = consumers.register(name, view, requestsPerMinute, webhookUrl);
            shownKey = registered.apiKey();
            shownSecret = registered.webhookSecret();
            name = null;
            view = "";
            webhookUrl = null;
            all = null;
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void rotate(FeedConsumer consumer) {
        try {
            shownKey = consumers.rotateKey(consumer.id());
            shownSecret = null;
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void toggle(FeedConsumer consumer) {
        try {
            consumers.setActive(consumer.id(), !consumer.active());
            all = null;
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    public void select(FeedConsumer consumer) {
        selected = consumer.id();
        deliveries = null;
    }

    public List<WebhookDeliveries.Delivery> getDeliveries() {
        if (deliveries == null) {
            deliveries = selected == null ? List.of() : consumers.deliveries(selected, 50);
        }
        return deliveries;
    }

    public void redeliver(WebhookDeliveries.Delivery delivery) {
        try {
            consumers.redeliver(delivery.id());
            deliveries = null;
            messages.info("consumers.redeliveryQueued");
        } catch (RuntimeException e) {
            messages.refused(e);
        }
    }

    /** Forgets the key and secret once shown. */
    public void dismiss() {
        shownKey = null;
        shownSecret = null;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getView() { return view; }
    public void setView(String view) { this.view = view; }
    public int getRequestsPerMinute() { return requestsPerMinute; }
    public void setRequestsPerMinute(int requestsPerMinute) { this.requestsPerMinute = requestsPerMinute; }
    public String getWebhookUrl() { return webhookUrl; }
    public void setWebhookUrl(String webhookUrl) { this.webhookUrl = webhookUrl; }
    public String getShownKey() { return shownKey; }
    public String getShownSecret() { return shownSecret; }
    public UUID getSelected() { return selected; }
}
