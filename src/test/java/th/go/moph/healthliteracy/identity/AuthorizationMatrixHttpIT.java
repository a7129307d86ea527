package th.go.moph.healthliteracy.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import th.go.moph.healthliteracy.content.domain.Audience;
import th.go.moph.healthliteracy.identity.domain.Agency;
import th.go.moph.healthliteracy.identity.domain.GrantScope;
import th.go.moph.healthliteracy.identity.domain.Permission;
import th.go.moph.healthliteracy.identity.domain.Role;
import th.go.moph.healthliteracy.testing.ContentLibrary;
import th.go.moph.healthliteracy.testing.Fixtures;
import th.go.moph.healthliteracy.testing.PortalDeployment;
import th.go.moph.healthliteracy.testing.ReadmeMatrix;
import th.go.moph.healthliteracy.testing.ReadmeMatrix.Cell;
import th.go.moph.healthliteracy.testing.ReadmeMatrix.Target;
import th.go.moph.healthliteracy.testing.SampleBundles;
import th.go.moph.healthliteracy.testing.StaffHttpClient;

/**
 * The README's authorization matrix, every cell of it, over HTTP: an account of each role and grant scope signs in and
 * tries each action on an item or user of its own agency and of another, through the pages a person would use — the
 * item editor, the review screen, the publication panel, the users, topics, audit and import pages. Each cell's answer
 * must be the matrix's (a refusal is a 403 or the page's refusal message), and afterwards the database must show the
 * effect of every allowed action and of no refused one: no escapes, and nothing allowed that does not work.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class AuthorizationMatrixHttpIT {

    private static final String PASSWORD = "every cell of the matrix 8";
    private static final String FILE = "authorization-matrix-it.properties";
    private static final Map<String, StaffHttpClient> SIGNED_IN = new ConcurrentHashMap<>();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.shared();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    ContentLibrary library;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @ArquillianResource
    URL base;

    static Stream<Cell> cells() {
        return ReadmeMatrix.cells(ReadmeMatrix.readme()).stream();
    }

    /** Two agencies; an account per role and scope in the first; for every row, items in each state it acts on. */
    @Test
    @Order(1)
    void accountsAndItemsForEveryRow() throws Exception {
        Agency own = fixtures.agency("Matrix own");
        Agency other = fixtures.agency("Matrix other");
        String topic = fixtures.topic("dengue", "ไข้เลือดออก", "Dengue");
        fixtures.topic("diabetes", "เบาหวาน", "Diabetes");
        fixtures.topic("ncd", "โรคไม่ติดต่อเรื้อรัง", "Non-communicable diseases");
        String run = Long.toString(System.nanoTime(), 36);
        Properties shared = new Properties();
        shared.setProperty("run", run);
        shared.setProperty("agency." + Target.OWN_AGENCY, own.id().toString());
        shared.setProperty("agency." + Target.ANOTHER_AGENCY, other.id().toString());
        for (Role role : Role.values()) {
            for (GrantScope scope : GrantScope.values()) {
                fixtures.accountWithPassword(own, username(run, role, scope), "ผู้ทดสอบตาราง", PASSWORD, role, scope);
            }
        }
        for (Target target : Target.values()) {
            Agency agency = target == Target.OWN_AGENCY ? own : other;
            String title = "ร่างของหน่วยงาน " + target + " " + run;
            shared.setProperty("view." + target, library.draft(agency, "th", article(title, topic)).toString());
            shared.setProperty("viewTitle." + target, title);
        }
        Path zips = Files.createDirectories(Path.of(System.getProperty("DATA_DIR"), "matrix-" + run));
        for (Cell row : cells().filter(cell -> cell.permission() == Permission.VIEW_CONTENT).toList()) {
            Agency agency = row.target() == Target.OWN_AGENCY ? own : other;
            String key = row.row();
            shared.setProperty("edit." + key, library.draft(agency, "th", article("ร่างให้แก้ " + key, topic)).toString());
            shared.setProperty("review." + key, library.inReview(agency, "th", article("รอทบทวน " + key, topic))
                    .toString());
            shared.setProperty("publish." + key, library.approved(agency, "th", article("รอเผยแพร่ " + key, topic))
                    .toString());
            shared.setProperty("import." + key, bundle(zips, marker(run, row), agency).toString());
        }
        try (Writer out = Files.newBufferedWriter(Path.of(System.getProperty("DATA_DIR"), FILE))) {
            shared.store(out, "for the client steps of AuthorizationMatrixHttpIT");
        }
    }

    /** One cell: the account of the row tries the column's action over HTTP, and gets the matrix's answer. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    @Order(2)
    @RunAsClient
    void overHttpTheAnswerIsTheMatrixs(Cell cell) throws Exception {
        Properties shared = shared(System.getProperty("portal.test.dataDir"));
        String run = shared.getProperty("run");
        String key = cell.row();
        StaffHttpClient client = SIGNED_IN.computeIfAbsent(username(run, cell.role(), cell.scope()), this::signedIn);
        String targetAgency = shared.getProperty("agency." + cell.target());
        String marker = marker(run, cell);
        switch (cell.permission()) {
            case VIEW_CONTENT -> {
                HttpResponse<String> page = client.get("editor/item.xhtml?id=" + shared.getProperty("view."
                        + cell.target()));
                String title = shared.getProperty("viewTitle." + cell.target());
                assertEquals(cell.allowed() ? 200 : 403, page.statusCode(), cell.toString());
                assertEquals(cell.allowed(), page.body().contains(title), "the draft's title in the answer");
                assertEquals(cell.allowed() ? 200 : 403, client.get("editor/history.xhtml?id="
                        + shared.getProperty("view." + cell.target())).statusCode(), "its history");
            }
            case EDIT_CONTENT -> act(cell, client, "editor/item.xhtml?id=" + shared.getProperty("edit." + key), "editor",
                    Map.of("title", editedTitle(cell)), "save");
            case REVIEW_CONTENT -> act(cell, client, "editor/review.xhtml?id=" + shared.getProperty("review." + key),
                    "decision", Map.of("note", "ทบทวนแล้ว ถูกต้อง"), "approve");
            case PUBLISH_CONTENT -> act(cell, client, "editor/item.xhtml?id=" + shared.getProperty("publish." + key),
                    "publication", Map.of(), "publish");
            case MANAGE_USERS -> act(cell, client, "admin/users.xhtml", "open", Map.of("agency_input", targetAgency,
                    "username", marker, "displayName", "บัญชีใหม่", "email", "new.person@example.org"),
                    "openAccount");
            case ADMINISTER_PORTAL -> act(cell, client, "admin/topics.xhtml", "topic", Map.of("code", marker,
                    "labelTh", "หัวข้อใหม่", "labelEn", "A new topic"), "add");
            case READ_AUDIT -> {
                String subject = shared.getProperty("view." + Target.OWN_AGENCY);
                HttpResponse<String> csv = client.get("admin/audit.csv?subject=" + subject);
                assertEquals(cell.allowed() ? 200 : 403, csv.statusCode(), cell.toString());
                assertEquals(cell.allowed(), csv.body().contains(subject), "the trail's lines in the export");
                assertEquals(cell.allowed() ? 200 : 403, client.get("admin/audit.xhtml").statusCode(),
                        "the audit screen");
            }
            case IMPORT_CONTENT -> {
                HttpResponse<String> page = client.get("admin/imports.xhtml");
                if (page.statusCode() != 200) {
                    assertFalse(cell.allowed(), cell + ": the import page answered " + page.statusCode());
                    assertEquals(403, page.statusCode(), cell.toString());
                    return;
                }
                HttpResponse<String> answer = client.upload("admin/imports.xhtml", "upload", marker + ".zip",
                        Files.readAllBytes(Path.of(shared.getProperty("import." + key))));
                assertEquals(200, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains(cell.allowed() ? "imported" : "refused"), cell + ":\n"
                        + answer.body());
            }
            default -> throw new AssertionError("no HTTP step for " + cell.permission());
        }
    }

    /**
     * The database after every cell was tried: each allowed action took effect, and no refused one did. (Viewing and
     * reading the audit trail leave nothing behind; their answers were checked cell by cell.)
     */
    @Test
    @Order(3)
    void theDatabaseShowsEveryAllowedActionAndNoRefusedOne() throws Exception {
        Properties shared = shared(System.getProperty("DATA_DIR"));
        String run = shared.getProperty("run");
        List<String> escapes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Cell cell : cells().toList()) {
            String key = cell.row();
            String marker = marker(run, cell);
            Boolean done = switch (cell.permission()) {
                case EDIT_CONTENT -> count("select count(*) from revision where item_id = ?1 and title = ?2",
                        UUID.fromString(shared.getProperty("edit." + key)), editedTitle(cell)) > 0;
                case REVIEW_CONTENT -> count("select count(*) from revision where item_id = ?1 and state = 'APPROVED'",
                        UUID.fromString(shared.getProperty("review." + key))) > 0;
                case PUBLISH_CONTENT -> count("select count(*) from content_item where id = ?1 and status = 'PUBLISHED'",
                        UUID.fromString(shared.getProperty("publish." + key))) > 0;
                case MANAGE_USERS -> count("select count(*) from user_account where username = ?1", marker) > 0;
                case ADMINISTER_PORTAL -> count("select count(*) from topic where code = ?1", marker) > 0;
                case IMPORT_CONTENT -> count("select count(*) from content_import where import_key = ?1", marker) > 0;
                default -> null;
            };
            if (done == null) {
                continue;
            }
            checked++;
            if (done && !cell.allowed()) {
                escapes.add(cell.toString());
            } else if (!done && cell.allowed()) {
                missing.add(cell.toString());
            }
        }
        System.out.printf("authorization matrix over HTTP: %d cells, %d effects checked in the database,"
                + " %d escapes, %d allowed actions without effect%n", cells().count(), checked, escapes.size(),
                missing.size());
        assertEquals(List.of(), escapes, "refused actions that took effect");
        assertEquals(List.of(), missing, "allowed actions that did not");
    }

    private static void act(Cell cell, StaffHttpClient client, String path, String form, Map<String, String> fields,
            String button) throws Exception {
        HttpResponse<String> page = client.get(path);
        if (page.statusCode() != 200) {
            assertFalse(cell.allowed(), cell + ": " + path + " answered " + page.statusCode());
            assertEquals(403, page.statusCode(), cell + ": " + path);
            return;
        }
        HttpResponse<String> answer = client.submit(path, form, fields, button);
        boolean refused = answer.statusCode() == 403 || answer.body().contains("ui-messages-error");
        assertEquals(!cell.allowed(), refused, cell + ": " + answer.statusCode() + "\n" + answer.body());
        if (!cell.allowed()) {
            assertTrue(answer.statusCode() == 403 || answer.body().contains("may not"), cell
                    + ": refused, but not for want of the right:\n" + answer.body());
        }
    }

    private StaffHttpClient signedIn(String username) {
        StaffHttpClient client = new StaffHttpClient(base, "198.51.100." + (10 + SIGNED_IN.size()));
        try {
            assertEquals("signed in", client.signIn(username, PASSWORD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return client;
    }

    private long count(String sql, Object... parameters) throws Exception {
        tx.begin();
        try {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        } finally {
            tx.commit();
        }
    }

    private static Properties shared(String dataDir) throws IOException {
        Properties shared = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(dataDir, FILE))) {
            shared.load(in);
        }
        return shared;
    }

    private static String username(String run, Role role, GrantScope scope) {
        return "mx-" + run + "-" + role.securityRole() + "-" + (scope == GrantScope.OWN_AGENCY ? "own" : "all");
    }

    /** A name the cell's action would create: an account, a topic, an import key. */
    private static String marker(String run, Cell cell) {
        return "mx-" + run + "-" + cell.role().securityRole() + "-" + (cell.scope() == GrantScope.OWN_AGENCY ? "o" : "a")
                + "-" + (cell.target() == Target.OWN_AGENCY ? "own" : "oth");
    }

    private static String editedTitle(Cell cell) {
        return "แก้ไขโดย " + cell.row();
    }

    private static th.go.moph.healthliteracy.content.domain.ContentDraft article(String title, String topic) {
        return ContentLibrary.article(title, "สรุปสั้น ๆ", "<p>เนื้อหาสำหรับทดสอบสิทธิ์</p>", topic, Audience.ADULTS);
    }

    /** A zip of one item for {@code agency}, keyed {@code key}, in the import format. */
    private static Path bundle(Path folder, String key, Agency agency) throws IOException {
        Path items = Files.createDirectories(folder.resolve(key).resolve("items"));
        Path item = SampleBundles.copy("diabetes-basics", items, key, json -> json.replaceFirst(
                "\"agency\": \"[A-Z]+\"", "\"agency\": \"" + agency.code() + "\""));
        Path zip = folder.resolve(key + ".zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> files = Files.list(item)) {
            for (Path each : files.toList()) {
                out.putNextEntry(new ZipEntry("items/" + key + "/" + each.getFileName()));
                Files.copy(each, out);
                out.closeEntry();
            }
        }
        return zip;
    }
}
