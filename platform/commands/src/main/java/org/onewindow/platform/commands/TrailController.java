package org.onewindow.platform.commands;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trail's two read endpoints, in every service under its API prefix ({@code /api/<service>/v1},
 * {@link TrailAutoConfiguration}; who may call them is the access policy's rows {@code audit-trail} and
 * {@code personal-data-reads}): verifying the audit trail's hash chains, and the 查询留痕 of a case.
 */
@RestController
public class TrailController {

    /** Reads answered per request; a case read more often than this is paged by the operator's SQL, not here. */
    static final int MAX_READS = 1_000;

    private final AuditTrail auditTrail;
    private final PersonalDataReads reads;

    TrailController(AuditTrail auditTrail, PersonalDataReads reads) {
        this.auditTrail = auditTrail;
        this.reads = reads;
    }

    /**
     * Recomputes the service's audit trail chains (or one subject's) and names each broken subject's first broken
     * link. 200 either way; {@code intact} says which.
     */
    @GetMapping("/audit-trail/verification")
    public AuditTrailVerification verify(@RequestParam(required = false) String subject) {
        return auditTrail.verify(subject == null || subject.isBlank() ? null : subject.strip());
    }

    /** Who read the personal data of a case, when, which fields, for what: MONITOR only, never the readers. */
    @GetMapping("/personal-data-reads")
    public ResponseEntity<List<PersonalDataReads.Read>> personalDataReads(@RequestParam("case") String caseNumber) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(reads.of(caseNumber.strip(), MAX_READS));
    }
}
