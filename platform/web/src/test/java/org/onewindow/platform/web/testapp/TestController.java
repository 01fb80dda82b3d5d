package org.onewindow.platform.web.testapp;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.kernel.Violation;
import org.onewindow.platform.web.etags.ETags;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Throws every kind of error platform-web maps, and creates rows to exercise idempotency keys. */
@RestController
public class TestController {

    private static final Logger log = LoggerFactory.getLogger(TestController.class);

    private final AtomicInteger creations = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public TestController(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** How often the create endpoint really ran: a replay must not run it again. */
    public int creations() {
        return creations.get();
    }

    public record Applicant(@NotBlank String name, @SingleLine @Pattern(regexp = "\\d{17}[\\dX]") String residentId) {
    }

    public record NewThing(@NotBlank String name, @Valid @NotNull Applicant applicant) {
    }

    public record Thing(UUID id, String name, long version) {
    }

    @PostMapping("/things")
    public ResponseEntity<Thing> create(@Valid @RequestBody NewThing request) {
        creations.incrementAndGet();
        if (request.name().equals("explode")) {
            throw new IllegalStateException("downstream unavailable");
        }
        Thing thing = new Thing(UUID.randomUUID(), request.name(), 1);
        jdbc.sql("INSERT INTO thing (id, name, version) VALUES (?, ?, ?)")
                .params(thing.id(), thing.name(), thing.version()).update();
        if (request.name().equals("refuse-after-insert")) {
            // a command path whose rule fails after a write: its participating transaction marks the request's for rollback
            transaction.executeWithoutResult(status -> {
                throw new StateConflict("thing.refused", "refused after the insert");
            });
        }
        return ResponseEntity.created(URI.create("/things/" + thing.id())).eTag(ETags.of(thing.version()))
                .body(thing);
    }

    @GetMapping("/things")
    public PageResult<Thing> list(PageQuery page) {
        List<Thing> items = jdbc.sql("SELECT id, name, version FROM thing ORDER BY created_at, id LIMIT ? OFFSET ?")
                .params(page.limit(), page.offset())
                .query((rs, n) -> new Thing(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getLong("version")))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM thing").query(Long.class).single();
        return PageResult.of(items, page, total);
    }

    @GetMapping("/things/{id}")
    public Thing get(@PathVariable UUID id) {
        throw new NotFound("thing", id.toString());
    }

    @PutMapping("/things/{id}")
    public Thing update(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ETags.requireMatch(ifMatch, 3);
        return new Thing(id, "updated", 4);
    }

    @GetMapping("/search")
    public List<String> search(@RequestParam("limit") @Min(1) int limit) {
        return List.of();
    }

    @GetMapping("/public")
    public List<String> publicSearch(@RequestParam(name = "q", required = false) String q) {
        return q == null ? List.of() : List.of(q);
    }

    @PostMapping(value = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public long upload(@RequestPart("file") MultipartFile file) {
        return file.getSize();
    }

    @GetMapping("/centre")
    public String centre(@RequestHeader("X-Centre") String centre) {
        return centre;
    }

    @GetMapping("/errors/rule")
    public void rule() {
        throw new RuleViolation(List.of(
                new Violation("applicant.residentId", "resident-id.check-character", "check character is wrong"),
                new Violation("itemCode", "catalog.item-not-published", "the item is not published")));
    }

    @GetMapping("/errors/conflict")
    public void conflict() {
        throw new StateConflict("task.not-open", "task 7f is COMPLETED; opinions are taken only on OPEN tasks");
    }

    @GetMapping("/errors/not-permitted")
    public void notPermitted() {
        throw new NotPermitted("two-person-review", "the reviewer may not check their own work");
    }

    @GetMapping("/errors/optimistic")
    public void optimistic() {
        throw new OptimisticLockingFailureException("row version 3 expected, found 4");
    }

    @GetMapping("/errors/database-away")
    public void databaseAway() {
        UnreachableDatabase.beginTransaction();
    }

    @GetMapping("/errors/duplicate")
    public void duplicate() {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO thing (id, name, version) VALUES (?, 'dup-" + id + "', 1)").params(id).update();
        jdbc.sql("INSERT INTO thing (id, name, version) VALUES (?, 'dup-" + id + "', 1)").params(UUID.randomUUID())
                .update();
    }

    @GetMapping("/errors/boom")
    public void boom() {
        throw new IllegalStateException("connection to db-7 refused: password=hunter2");
    }

    @GetMapping("/admin")
    @PreAuthorize("hasRole('CATALOG_ADMIN')")
    public String admin() {
        return "ok";
    }

    @PostMapping("/applicants")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void register(@RequestBody Applicant applicant) {
        log.info("registering applicant {} with resident ID {}", applicant.name(), applicant.residentId());
    }
}
