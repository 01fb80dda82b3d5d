package org.onewindow.rating.rectifications.adapters.web;

import java.util.UUID;

import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.rating.ratings.application.Ratings;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.Readers;
import org.onewindow.rating.rectifications.application.RectificationService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outcome of a bad rating's rectification as the rater sees it (the applicant and their agent read it through
 * their own rating; staff as they read the rating): 404 when the rating opened none.
 */
@RestController
public class RatingRectificationController {

    private final Ratings ratings;
    private final RectificationService rectifications;
    private final CurrentActor currentActor;

    public RatingRectificationController(Ratings ratings, RectificationService rectifications,
                                         CurrentActor currentActor) {
        this.ratings = ratings;
        this.rectifications = rectifications;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/rating/v1/ratings/{ratingId}/rectification")
    public RectificationView ofRating(@PathVariable UUID ratingId) {
        Rating rating = ratings.find(ratingId).orElseThrow(() -> new NotFound("rating", ratingId.toString()));
        if (!Readers.sees(currentActor.current(), rating)) {
            throw new NotPermitted("rating.not-visible", "only staff, the rater and the applicant read rating " + ratingId);
        }
        return rectifications.findByRating(ratingId).map(RectificationView::of)
                .orElseThrow(() -> new NotFound("rectification of rating", ratingId.toString()));
    }
}
