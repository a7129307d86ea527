package th.go.moph.healthliteracy.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A staff member's browser without a browser, for tests over plain HTTP: its own cookies, a forwarded client address,
 * and Faces forms posted as a browser posts them — every field of the form with the value the page gave it (checked
 * boxes, selected options, text areas), the view state, and the script nonce of the page's policy — with the fields a
 * test names changed, and only the pressed button.
 */
public final class StaffHttpClient {

    private final URL base;
    private final String address;
    private final HttpClient http;

    public StaffHttpClient(URL base, String address) {
        this(base, address, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** On {@code http}'s cookies: the same browser as another client of it (one that also visits other sites). */
    public StaffHttpClient(URL base, String address, HttpClient http) {
        this.base = base;
        this.address = address;
        this.http = http;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as a page's script sends a Faces Ajax request ({@code Faces-Request: partial/ajax}). */
    public HttpResponse<String> ajaxGet(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address)
                .header("Faces-Request", "partial/ajax").build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens {@code path}, changes the form's {@code fields} (names without the form's prefix, as the page names them:
     * {@code title}, {@code agency_input}) and presses {@code button}: the answer to the post.
     */
    public HttpResponse<String> submit(String path, String form, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        return submitFrom(get(path), path, form, fields, button);
    }

    /** As {@link #submit}, from a page already open (the answer to an earlier post, whose form the post added). */
    public HttpResponse<String> submitFrom(HttpResponse<String> page, String path, String form,
            Map<String, String> fields, String button) throws IOException, InterruptedException {
        List<String[]> values = formData(page, path, form);
        fields.forEach((name, value) -> {
            values.removeIf(pair -> pair[0].equals(form + ":" + name));
            values.add(new String[] {form + ":" + name, value});
        });
        values.add(new String[] {form + ":" + button, ""});
        String body = values.stream().map(pair -> URLEncoder.encode(pair[0], StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(pair[1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens {@code path} and uploads {@code file} through the form's PrimeFaces file upload, as its script does (an
     * Ajax multipart post): the partial response.
     */
    public HttpResponse<String> upload(String path, String form, String fileName, byte[] file)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        List<String[]> values = formData(page, path, form);
        Element input = Jsoup.parse(page.body()).selectFirst("form#" + form.replace(":", "\\:") + " input[type=file]");
        if (input == null) {
            throw new IllegalStateException("no file upload in " + form + " on " + path);
        }
        String component = input.attr("name").replaceFirst("_input$", "");
        values.add(new String[] {"jakarta.faces.partial.ajax", "true"});
        values.add(new String[] {"jakarta.faces.source", component});
        values.add(new String[] {"jakarta.faces.partial.execute", component});
        values.add(new String[] {"jakarta.faces.partial.render", "@all"});
        values.add(new String[] {component + "_totalFilesCount", "1"});
        String boundary = "----portal" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] pair : values) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pair[0] + "\"\r\n\r\n"
                    + pair[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + component + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the page: "signed in" when it went on to the editor, else the page's text. */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = submit("signin.xhtml?lang=en", "signin",
                Map.of("username", username, "password", password), "submit");
        return answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("/editor/")
                ? "signed in" : answer.statusCode() + " " + answer.body();
    }

    /** What a browser would send of {@code form}, without any button, plus the script nonce of the page's policy. */
    private static List<String[]> formData(HttpResponse<String> page, String path, String form) {
        Document document = Jsoup.parse(page.body());
        Element found = document.getElementById(form);
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(String.join(" ",
                page.headers().allValues("Content-Security-Policy")));
        if (!(found instanceof FormElement element) || !nonce.find()) {
            throw new IllegalStateException("no form " + form + " on " + path + ": " + page.statusCode());
        }
        List<String[]> values = new ArrayList<>();
        for (Element field : element.elements()) {
            String name = field.attr("name");
            String type = field.attr("type").toLowerCase();
            if (name.isEmpty() || field.hasAttr("disabled") || field.tagName().equals("button")
                    || List.of("submit", "button", "image", "reset", "file").contains(type)) {
                continue;
            }
            switch (field.tagName()) {
                case "select" -> {
                    List<Element> chosen = field.select("option[selected]");
                    if (chosen.isEmpty() && !field.hasAttr("multiple") && field.selectFirst("option") != null) {
                        chosen = List.of(field.selectFirst("option"));
                    }
                    chosen.forEach(option -> values.add(new String[] {name, option.hasAttr("value")
                            ? option.attr("value") : option.text()}));
                }
                case "textarea" -> values.add(new String[] {name, field.wholeText()});
                default -> {
                    if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                        continue;
                    }
                    values.add(new String[] {name, type.equals("checkbox") && !field.hasAttr("value") ? "on"
                            : field.attr("value")});
                }
            }
        }
        values.add(new String[] {"primefaces.nonce", nonce.group(1)});
        return values;
    }
}
