package org.onewindow.intake.documents.adapters.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.onewindow.intake.applications.application.CaseScopes;
import org.onewindow.intake.applications.domain.ActingUser;
import org.onewindow.intake.documents.application.DocumentService;
import org.onewindow.intake.documents.domain.Document;
import org.onewindow.intake.documents.domain.DocumentStatus;
import org.onewindow.platform.commands.PersonalDataReads;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.etags.ETags;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Documents of a case's materials: upload (multipart/form-data, part {@code file}), versions, pre-review (预审),
 * download, legal hold. Who reaches them: docs/intake.md "Documents"; a case outside the caller's reach is a 404.
 */
@RestController
@RequestMapping(DocumentController.BASE)
public record DocumentController(DocumentService documents, CaseScopes scopes, CurrentActor currentActor,
                                 PersonalDataReads reads) {

    public static final String BASE = "/api/intake/v1/applications";
    /** What a document's metadata shows (查询留痕 records these names). */
    static final List<String> METADATA_FIELDS = List.of("document.fileName");
    /** What a download shows. */
    static final List<String> CONTENT_FIELDS = List.of("document.content");

    /**
     * Attaches a file to a material: 201 with the new document, or 200 with the existing one when the same content
     * was attached to this material before. The file is streamed to the object store (Tomcat keeps the part on disk,
     * never in memory); its type is judged from its bytes.
     */
    @PostMapping("/{caseNumber}/materials/{materialCode}/documents")
    public ResponseEntity<DocumentView> upload(@PathVariable String caseNumber, @PathVariable String materialCode,
                                               @RequestParam(name = "file", required = false) MultipartFile file) {
        ActingUser by = ActingUser.of(currentActor.current());
        if (file == null) {
            documents.checkUpload(caseNumber, materialCode, scopes.of("document", "upload")); // 404 before 422
            throw new RuleViolation("file", "intake.document-file-required",
                    "send the file as multipart/form-data, in a part named 'file'");
        }
        DocumentService.Attached attached;
        try (InputStream content = file.getInputStream()) {
            attached = documents.attach(caseNumber, materialCode, file.getOriginalFilename(), content, by,
                    scopes.of("document", "upload"));
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded part could not be read", e);
        }
        return answer(attached);
    }

    /** 201 + Location for a new document, 200 for a duplicate (the document attached before). */
    static ResponseEntity<DocumentView> answer(DocumentService.Attached attached, String retention) {
        Document document = attached.document();
        DocumentView view = DocumentView.of(document, retention);
        ResponseEntity.BodyBuilder builder = attached.created()
                ? ResponseEntity.created(URI.create(BASE + "/" + view.caseNumber() + "/documents/" + view.documentId()))
                : ResponseEntity.ok();
        return builder.eTag(ETags.of(document.version())).body(view);
    }

    private ResponseEntity<DocumentView> answer(DocumentService.Attached attached) {
        return answer(attached, documents.retentionOf(attached.document()));
    }

    /** Every version of one material, oldest first: the history keeps them all. */
    @GetMapping("/{caseNumber}/materials/{materialCode}/documents")
    public List<DocumentView> versions(@PathVariable String caseNumber, @PathVariable String materialCode) {
        DocumentService.Read read = documents.versions(caseNumber, materialCode, scopes.of("document", "read"));
        return views(caseNumber, read);
    }

    /** Every document of the case, by material and version. */
    @GetMapping("/{caseNumber}/documents")
    public List<DocumentView> ofCase(@PathVariable String caseNumber) {
        return views(caseNumber, documents.ofCase(caseNumber, scopes.of("document", "read")));
    }

    private List<DocumentView> views(String caseNumber, DocumentService.Read read) {
        if (!read.documents().isEmpty()) {
            reads.record("document", caseNumber, "intake.document.read", METADATA_FIELDS);
        }
        return read.documents().stream().map(d -> DocumentView.of(d, read.retention())).toList();
    }

    @GetMapping("/{caseNumber}/documents/{documentId}")
    public ResponseEntity<DocumentView> get(@PathVariable String caseNumber, @PathVariable UUID documentId) {
        DocumentService.Read read = documents.find(caseNumber, documentId, scopes.of("document", "read"));
        reads.record("document", caseNumber, "intake.document.read", METADATA_FIELDS);
        return ResponseEntity.ok().eTag(ETags.of(read.single().version()))
                .body(DocumentView.of(read.single(), read.retention()));
    }

    /**
     * The file, streamed from the object store with the type judged from its bytes, as an attachment (a browser
     * never renders it in the API's origin) and {@code nosniff}. There is no public or presigned URL.
     */
    @GetMapping("/{caseNumber}/documents/{documentId}/content")
    public ResponseEntity<InputStreamResource> content(@PathVariable String caseNumber, @PathVariable UUID documentId) {
        DocumentService.Download download = documents.download(caseNumber, documentId, scopes.of("document", "read"));
        reads.record("document", caseNumber, "intake.document.download", CONTENT_FIELDS);
        Document.Snapshot d = download.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.type().mediaType()))
                .contentLength(d.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + d.sha256() + "\"")
                .body(new InputStreamResource(download.content()));
    }

    /** @param reason required for DEFECTIVE: what the one-time notice tells the applicant */
    public record PreReviewBody(@NotNull DocumentStatus outcome, @Size(max = TextLimits.REASON) String reason) {
    }

    /** 预审 at the window: ACCEPTED, or DEFECTIVE with the reason; the case is re-checked with it. */
    @PostMapping("/{caseNumber}/documents/{documentId}/pre-review")
    public ResponseEntity<DocumentView> preReview(@PathVariable String caseNumber, @PathVariable UUID documentId,
                                                  @Valid @RequestBody PreReviewBody body) {
        Document document = documents.preReview(caseNumber, documentId, body.outcome(), body.reason(),
                ActingUser.of(currentActor.current()), scopes.of("document", "pre-review"));
        return ResponseEntity.ok().eTag(ETags.of(document.version()))
                .body(DocumentView.of(document, documents.retentionOf(document)));
    }

    public record LegalHoldBody(@NotNull Boolean hold) {
    }

    /** 法律保全 (OPS, MONITOR): a held document is kept by every retention job. */
    @PutMapping("/{caseNumber}/documents/{documentId}/legal-hold")
    public ResponseEntity<DocumentView> legalHold(@PathVariable String caseNumber, @PathVariable UUID documentId,
                                                  @Valid @RequestBody LegalHoldBody body) {
        Document document = documents.legalHold(caseNumber, documentId, body.hold(),
                ActingUser.of(currentActor.current()), scopes.of("document", "legal-hold"));
        return ResponseEntity.ok().eTag(ETags.of(document.version()))
                .body(DocumentView.of(document, documents.retentionOf(document)));
    }
}
