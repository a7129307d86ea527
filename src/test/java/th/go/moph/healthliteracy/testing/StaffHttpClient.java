package th.go.moph.healthliteracy.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's browser without a browser, for tests over plain HTTP: its own cookies, a forwarded client address,
 * and Faces forms posted as PrimeFaces posts them (the view state, and the script nonce of the page's policy).
 */
public final class StaffHttpClient {

    private final URL base;
    private final String address;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public StaffHttpClient(URL base, String address) {
        this.base = base;
        this.address = address;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens {@code path}, fills the form's {@code fields} (ids without the form's prefix) and presses {@code button}:
     * the answer to the post.
     */
    public HttpResponse<String> submit(String path, String form, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(String.join(" ",
                page.headers().allValues("Content-Security-Policy")));
        if (!state.find() || !nonce.find()) {
            throw new IllegalStateException("no form on " + path + ": " + page.statusCode());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(form, form);
        fields.forEach((id, value) -> values.put(form + ":" + id, value));
        values.put(form + ":" + button, "");
        values.put("jakarta.faces.ViewState", state.group(1));
        values.put("primefaces.nonce", nonce.group(1));
        String body = values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the page: "signed in" when it went on to the editor, else the page's text. */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = submit("signin.xhtml?lang=en", "signin",
                Map.of("username", username, "password", password), "submit");
        return answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("/editor/")
                ? "signed in" : answer.statusCode() + " " + answer.body();
    }
}
