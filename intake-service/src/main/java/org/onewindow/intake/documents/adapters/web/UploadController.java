package org.onewindow.intake.documents.adapters.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onewindow.intake.applications.application.CaseScopes;
import org.onewindow.intake.applications.domain.ActingUser;
import org.onewindow.intake.documents.application.DocumentService;
import org.onewindow.intake.documents.application.UploadSessions;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.security.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Chunked, resumable uploads of large files: start (the file's length and name), PUT each chunk with
 * {@code Content-Range: bytes first-last/total} in order (GET tells where to resume), then commit, which streams
 * the chunks into one document exactly as a single upload would be checked and stored.
 */
@RestController
public record UploadController(DocumentService documents, CaseScopes scopes, CurrentActor currentActor) {

    static final String UPLOADS = "/api/intake/v1/uploads";
    private static final Pattern RANGE = Pattern.compile("bytes (\\d{1,15})-(\\d{1,15})/(\\d{1,15})");

    public record StartBody(@Size(max = TextLimits.NAME) @SingleLine String fileName, @NotNull Long totalBytes) {
    }

    /** Where an upload stands: the next chunk starts at {@code receivedBytes}. */
    public record UploadView(UUID uploadId, String caseNumber, String materialCode, long totalBytes, long receivedBytes,
                             int chunks, boolean complete, String location) {
        static UploadView of(UploadSessions.Session s) {
            return new UploadView(s.id(), s.caseNumber(), s.materialCode(), s.totalBytes(), s.receivedBytes(), s.chunks(),
                    s.complete(), UPLOADS + "/" + s.id());
        }
    }

    @PostMapping(DocumentController.BASE + "/{caseNumber}/materials/{materialCode}/uploads")
    public ResponseEntity<UploadView> start(@PathVariable String caseNumber, @PathVariable String materialCode,
                                            @Valid @RequestBody StartBody body) {
        UploadSessions.Session session = documents.startUpload(caseNumber, materialCode, body.fileName(),
                body.totalBytes(), ActingUser.of(currentActor.current()), scopes.of("document", "upload"));
        return ResponseEntity.created(URI.create(UPLOADS + "/" + session.id())).body(UploadView.of(session));
    }

    @GetMapping(UPLOADS + "/{uploadId}")
    public UploadView get(@PathVariable UUID uploadId) {
        return UploadView.of(documents.upload(uploadId, ActingUser.of(currentActor.current())));
    }

    /** One chunk, raw bytes (any Content-Type), in order; a chunk already received is acknowledged again. */
    @PutMapping(UPLOADS + "/{uploadId}")
    public UploadView chunk(@PathVariable UUID uploadId,
                            @RequestHeader(name = HttpHeaders.CONTENT_RANGE, required = false) String contentRange,
                            HttpServletRequest request) {
        ActingUser by = ActingUser.of(currentActor.current());
        documents.upload(uploadId, by); // an unknown upload is a 404 whatever the headers say
        Matcher range = contentRange == null ? null : RANGE.matcher(contentRange.strip());
        if (range == null || !range.matches()) {
            throw new RuleViolation(HttpHeaders.CONTENT_RANGE, "intake.upload-range",
                    "each chunk names its bytes: Content-Range: bytes <first>-<last>/<total>");
        }
        try (InputStream content = request.getInputStream()) {
            return UploadView.of(documents.appendChunk(uploadId, Long.parseLong(range.group(1)),
                    Long.parseLong(range.group(2)), Long.parseLong(range.group(3)), content, by));
        } catch (IOException e) {
            throw new UncheckedIOException("the chunk could not be read", e);
        }
    }

    /** Streams the chunks into one document: 201 (or 200 for content attached before), as a single upload. */
    @PostMapping(UPLOADS + "/{uploadId}/commit")
    public ResponseEntity<DocumentView> commit(@PathVariable UUID uploadId) {
        DocumentService.Attached attached = documents.commitUpload(uploadId, ActingUser.of(currentActor.current()),
                scopes.of("document", "upload"));
        return DocumentController.answer(attached, documents.retentionOf(attached.document()));
    }
}
