package org.onewindow.platform.web.testapp;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A body of every shape the input limits cover: codes, names, free text, nested records, lists and elements. */
@RestController
public class InputController {

    public record Part(@NotBlank @Size(max = TextLimits.CODE) @SingleLine String code,
                       @Size(max = TextLimits.REASON) String note) {
    }

    public record Filing(@NotBlank @Size(max = TextLimits.NAME) @SingleLine String name,
                         @Size(max = TextLimits.REASON) String reason,
                         String unlimited,
                         @Size(max = ListLimits.REASONS) List<@Size(max = TextLimits.SHORT_TEXT) String> reasons,
                         @Size(max = ListLimits.MATERIALS) List<@Valid Part> parts,
                         List<String> tags) {
    }

    /** How many filings were accepted: the tests check that a refused one is not counted. */
    public static final AtomicInteger ACCEPTED = new AtomicInteger();

    @PostMapping("/filings")
    public ResponseEntity<Filing> file(@Valid @RequestBody Filing filing) {
        ACCEPTED.incrementAndGet();
        return ResponseEntity.ok(filing);
    }
}
