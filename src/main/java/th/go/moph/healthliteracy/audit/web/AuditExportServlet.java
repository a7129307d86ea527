package th.go.moph.healthliteracy.audit.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import th.go.moph.healthliteracy.audit.application.AuditLog;
import th.go.moph.healthliteracy.audit.domain.AuditOutcome;
import th.go.moph.healthliteracy.identity.application.AccountDirectory;

/**
 * {@code GET /admin/audit.csv?action=&outcome=&username=&subject=&from=&to=}: the audit trail as CSV, streamed.
 * UTF-8 with a byte-order mark so spreadsheet programs show Thai correctly. The export is itself audited.
 */
@WebServlet("/admin/audit.csv")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    @Inject
    AccountDirectory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditFilterForm form = new AuditFilterForm();
        try {
            form.setAction(request.getParameter("action"));
            String outcome = request.getParameter("outcome");
            form.setOutcome(outcome == null || outcome.isBlank() ? null : AuditOutcome.valueOf(outcome));
            form.setUsername(request.getParameter("username"));
            form.setSubject(request.getParameter("subject"));
            form.setFrom(date(request.getParameter("from")));
            form.setTo(date(request.getParameter("to")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Bad filter: " + e.getMessage());
            return;
        }
        AuditLog.Filter filter = form.toFilter(directory::idOf);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            Writer out = response.getWriter();
            out.write('\uFEFF');
            log.export(filter, out);
            out.flush();
        } catch (AuditLog.AuditAccessDenied denied) {
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN, denied.getMessage());
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }
}
