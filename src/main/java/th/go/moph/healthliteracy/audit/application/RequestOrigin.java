package th.go.moph.healthliteracy.audit.application;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import th.go.moph.healthliteracy.platform.web.ClientAddresses;

/**
 * Who is acting and from where, for the audit trail: the signed-in account's opaque id and the client address of the
 * current HTTP request (as a trusted proxy forwarded it). Empty outside a request (scheduled work acts as the system).
 */
@ApplicationScoped
public class RequestOrigin {

    @Inject
    BeanManager beanManager;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    Instance<ActingAccount> actingAccount;

    @Inject
    ClientAddresses addresses;

    public Optional<String> clientAddress() {
        if (!inRequest()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(addresses.of(request.get()));
        } catch (RuntimeException noServletRequest) {
            return Optional.empty();
        }
    }

    public Optional<UUID> accountId() {
        if (!inRequest() || actingAccount.isUnsatisfied()) {
            return Optional.empty();
        }
        return actingAccount.get().accountId();
    }

    private boolean inRequest() {
        try {
            return beanManager.getContext(RequestScoped.class).isActive();
        } catch (RuntimeException inactive) {
            return false;
        }
    }
}
