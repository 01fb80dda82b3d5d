package org.onewindow.rating.rectifications.adapters.web;

import java.util.UUID;

import org.onewindow.platform.kernel.NotFound;
import org.onewindow.rating.ratings.application.RatingScopes;
import org.onewindow.rating.ratings.application.Ratings;
import org.onewindow.rating.rectifications.application.RectificationService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outcome of a bad rating's rectification as the rater sees it (the applicant and their agent read it through
 * their own rating; staff as they read the rating, in their {@code rating.read} scope, else 404): 404 when the
 * rating opened none.
 */
@RestController
public record RatingRectificationController(Ratings ratings, RectificationService rectifications, RatingScopes scopes) {

    @GetMapping("/api/rating/v1/ratings/{ratingId}/rectification")
    public RectificationView ofRating(@PathVariable UUID ratingId) {
        scopes.of("rating", "read").require(
                ratings.find(ratingId).orElseThrow(() -> new NotFound("rating", ratingId.toString())));
        return rectifications.findByRating(ratingId).map(RectificationView::of)
                .orElseThrow(() -> new NotFound("rectification of rating", ratingId.toString()));
    }
}
