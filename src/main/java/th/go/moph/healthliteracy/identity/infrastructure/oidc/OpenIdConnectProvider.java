package th.go.moph.healthliteracy.identity.infrastructure.oidc;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

/**
 * Single sign-on through the organisation's OpenID Connect provider (switched on by {@code OIDC_ISSUER}): the
 * authorization code flow with PKCE, a state bound to the browser's session and a nonce bound to the ID token, the code
 * exchanged with the client's secret, and the ID token's signature (against the provider's published keys), issuer,
 * audience, expiry and nonce checked before its username claim is believed. The provider's metadata is discovered on
 * first use, so the portal starts whether or not the provider is up.
 */
@ApplicationScoped
public class OpenIdConnectProvider {

    private static final Logger LOG = Logger.getLogger(OpenIdConnectProvider.class.getName());
    private static final int CONNECT_MS = 5_000;
    private static final int READ_MS = 10_000;
    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    @Inject
    @ConfigProperty(name = "OIDC_ISSUER", defaultValue = "none")
    String issuer;

    @Inject
    @ConfigProperty(name = "OIDC_CLIENT_ID", defaultValue = "none")
    String clientId;

    @Inject
    @ConfigProperty(name = "OIDC_CLIENT_SECRET", defaultValue = "none")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "OIDC_USERNAME_CLAIM", defaultValue = "preferred_username")
    String usernameClaim;

    @Inject
    @ConfigProperty(name = "OIDC_PROVIDER_NAME", defaultValue = "single sign-on")
    String providerName;

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL")
    String publicBaseUrl;

    @Inject
    Clock clock;

    private URI callback;
    private volatile Discovered discovered;
    private volatile Instant lastFailure;

    /** A sign-in sent to the provider, held in the browser's session until it comes back. */
    public record Pending(String state, String nonce, String codeVerifier, Instant startedAt) implements Serializable {
    }

    /**
     * Whom the provider vouched for: its permanent id of the person ({@code issuer} and {@code subject}), and the
     * username it shows (a hint for the page, never a key).
     */
    public record Identity(String issuer, String subject, String username) implements Serializable {
    }

    /** Where to send the browser, and what to keep until it comes back. */
    public record Authorization(URI redirect, Pending pending) {
    }

    /** The provider said no, or what came back could not be trusted; the message is for the log and audit trail. */
    public static class SignOnFailed extends Exception {
        private static final long serialVersionUID = 1L;

        SignOnFailed(String message) {
            super(message);
        }

        SignOnFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    @PostConstruct
    void configure() {
        if (enabled() && (clientId.equals("none") || clientSecret.equals("none"))) {
            throw new IllegalStateException("OIDC_ISSUER is set: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be too");
        }
        callback = URI.create((publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/") + "signin/sso/callback");
    }

    public boolean enabled() {
        return !issuer.equals("none");
    }

    /** What the sign-in page calls the provider ("Sign in with …"). */
    public String providerName() {
        return providerName;
    }

    /** Starts a sign-in: the provider's authorization URL, with a fresh state, nonce and PKCE verifier. */
    public Authorization begin() throws SignOnFailed {
        OIDCProviderMetadata metadata = discovered().metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI redirect = new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", "profile", "email"), new ClientID(clientId), callback)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
        return new Authorization(redirect, new Pending(state.getValue(), nonce.getValue(), verifier.getValue(),
                clock.instant()));
    }

    /**
     * Completes a sign-in the provider sent back ({@code query}: the callback's query string): the person the verified
     * ID token names.
     */
    public Identity complete(Pending pending, String query) throws SignOnFailed {
        if (pending == null || pending.startedAt().plus(PENDING_LIFETIME).isBefore(clock.instant())) {
            throw new SignOnFailed("no sign-in was started from this browser in the last ten minutes");
        }
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(new URI(callback + "?" + (query == null ? "" : query)));
        } catch (ParseException | URISyntaxException e) {
            throw new SignOnFailed("the provider's answer could not be read", e);
        }
        if (!new State(pending.state()).equals(response.getState())) {
            throw new SignOnFailed("the answer is not for the sign-in this browser started (state)");
        }
        if (response instanceof AuthenticationErrorResponse error) {
            throw new SignOnFailed("the provider refused: " + error.getErrorObject().getCode() + " "
                    + error.getErrorObject().getDescription());
        }
        if (response.toSuccessResponse().getAuthorizationCode() == null) {
            throw new SignOnFailed("the provider's answer carries no code");
        }
        Discovered provider = discovered();
        try {
            HTTPRequest exchange = new TokenRequest(provider.metadata().getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(clientId), new Secret(clientSecret)),
                    new AuthorizationCodeGrant(response.toSuccessResponse().getAuthorizationCode(), callback,
                            new CodeVerifier(pending.codeVerifier()))).toHTTPRequest();
            exchange.setConnectTimeout(CONNECT_MS);
            exchange.setReadTimeout(READ_MS);
            TokenResponse tokens = OIDCTokenResponseParser.parse(exchange.send());
            if (!tokens.indicatesSuccess()) {
                throw new SignOnFailed("the provider would not exchange the code: "
                        + tokens.toErrorResponse().getErrorObject().getCode());
            }
            if (!(tokens.toSuccessResponse() instanceof OIDCTokenResponse oidc)
                    || oidc.getOIDCTokens().getIDToken() == null) {
                throw new SignOnFailed("the provider sent no ID token");
            }
            IDTokenClaimsSet claims = provider.validator().validate(oidc.getOIDCTokens().getIDToken(),
                    new Nonce(pending.nonce()));
            Object username = claims.getClaim(usernameClaim);
            return new Identity(claims.getIssuer().getValue(), claims.getSubject().getValue(),
                    username instanceof String name ? name : "");
        } catch (IOException e) {
            throw new SignOnFailed("the provider could not be reached: " + e.getMessage(), e);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new SignOnFailed("the ID token was not accepted: " + e.getMessage(), e);
        }
    }

    /** The provider's metadata and an ID token validator on its keys, discovered once it first answers. */
    private Discovered discovered() throws SignOnFailed {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        Instant failed = lastFailure;
        if (failed != null && failed.plus(RETRY_AFTER).isAfter(clock.instant())) {
            throw new SignOnFailed("the provider was unreachable moments ago; not asking again until "
                    + failed.plus(RETRY_AFTER));
        }
        synchronized (this) {
            if (discovered == null) {
                try {
                    OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(issuer), CONNECT_MS,
                            READ_MS);
                    IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(clientId),
                            JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(CONNECT_MS, READ_MS));
                    discovered = new Discovered(metadata, validator);
                    LOG.info(() -> "Single sign-on through " + metadata.getIssuer());
                } catch (GeneralException | IOException e) {
                    lastFailure = clock.instant(); // while it is down, sign-ins fail at once instead of queueing here
                    throw new SignOnFailed("the provider's configuration at " + issuer + " could not be read: "
                            + e.getMessage(), e);
                }
            }
            return discovered;
        }
    }
}
