package th.go.moph.healthliteracy.media.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.primefaces.webapp.FileUploadChunksServlet;

/**
 * {@code /editor/upload-resume}: tells the browser how much of a file already arrived (PrimeFaces' own answer). The
 * browser's uploader also asks here to discard the chunks whenever an upload is aborted — which includes the page
 * being reloaded or closed mid-upload, exactly when the chunks are needed to continue. So nothing is discarded on
 * request: chunks wait until the upload is completed, or until {@link UploadChunkSweeper} finds them abandoned.
 */
public class UploadResumeServlet extends FileUploadChunksServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
