package org.onewindow.rating.ratings.adapters.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.onewindow.platform.commands.PersonalDataReads;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.kernel.UserId;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.rating.ratings.application.RatingService;
import org.onewindow.rating.ratings.application.RatingScopes;
import org.onewindow.rating.ratings.application.Ratings;
import org.onewindow.rating.ratings.domain.Level;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.RatingComment;
import org.onewindow.rating.ratings.domain.RatingRequest;
import org.onewindow.rating.ratings.domain.Stage;
import org.onewindow.rating.rectifications.application.RectificationService;
import org.onewindow.rating.rectifications.domain.Rectification;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 好差评: the applicant (or their agent) rates a case once per stage; ratings are read back for reconciliation. */
@RestController
@RequestMapping(RatingController.PATH)
public record RatingController(RatingService service, Ratings ratings, RectificationService rectifications,
                               CurrentActor currentActor, PersonalDataReads personalDataReads, RaterNames raterNames,
                               RatingScopes scopes) {

    static final String PATH = "/api/rating/v1/ratings";
    /** A named rating's personal data (查询留痕 records these names when staff read it). */
    static final java.util.List<String> PERSONAL_FIELDS = java.util.List.of("raterUserId", "onBehalfOf", "comment");

    /**
     * @param comment optional, at most 500 characters; resident IDs and phone numbers in it are masked before storing
     */
    public record RatingBody(@NotBlank @Size(max = TextLimits.CODE) @SingleLine String caseNumber, @NotNull Stage stage, @NotNull Level level,
                             @Size(max = RatingComment.MAX_LENGTH) String comment) {
    }

    /**
     * Rates a case at a stage as the caller (named, not anonymous); 201 with the rating's Location. An optional
     * {@code If-Match} with the case's ETag ({@code GET /cases/{caseNumber}}) refuses the rating with 412 when the
     * case changed since it was read.
     */
    @PostMapping
    public ResponseEntity<RatingView> rate(@Valid @RequestBody RatingBody body,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Actor actor = currentActor.current();
        RatingService.Submitted submitted = service.submit(Ids.caseNumberOrNotFound(body.caseNumber()),
                new RatingRequest(UserId.of(actor.userId()), actor.name(), body.stage(), body.level(), body.comment()),
                new AuditActor(actor.userId(), actor.name(), "RATER", null, actor.userId()), ifMatch);
        Rating rating = submitted.rating();
        return ResponseEntity.created(URI.create(PATH + "/" + rating.ratingId()))
                .body(RatingView.of(rating, submitted.rectification() == null ? null
                        : submitted.rectification().rectificationId()));
    }

    /** Ratings oldest first, optionally of one case (invariant 4: at most one per case and stage). */
    @GetMapping
    public PageResult<RatingView> list(@RequestParam(required = false) String caseNumber, PageQuery page) {
        Actor actor = currentActor.current();
        if (caseNumber != null && !Ids.valid(caseNumber)) {
            return PageResult.of(java.util.List.<Rating>of(), page, 0).map(rating -> view(actor, rating)); // no case has such a number
        }
        PageResult<RatingView> shown = ratings.list(caseNumber == null ? null : Ids.caseNumberOrNotFound(caseNumber),
                scopes.of("rating", "read"), page).map(rating -> view(actor, rating));
        personalDataReads.record("rating", shown.items().stream().map(RatingView::caseNumber).toList(),
                "rating.rating.list", PERSONAL_FIELDS);
        return shown;
    }

    @GetMapping("/{ratingId}")
    public RatingView get(@PathVariable UUID ratingId) {
        Rating rating = scopes.of("rating", "read").require(
                ratings.find(ratingId).orElseThrow(() -> new NotFound("rating", ratingId.toString())));
        Actor actor = currentActor.current();
        personalDataReads.record("rating", rating.caseNumber().value(), "rating.rating.read", PERSONAL_FIELDS);
        return view(actor, rating);
    }

    /** The rating, with who rated it masked for readers who need not know ({@link RaterNames}). */
    private RatingView view(Actor reader, Rating rating) {
        RatingView view = RatingView.of(rating, rectifications.findByRating(rating.ratingId())
                .map(Rectification::rectificationId).orElse(null));
        return raterNames.shown(reader, rating) ? view : view.withRaterMasked();
    }
}
