package org.onewindow.rating.rectifications;

import java.util.UUID;

import org.onewindow.contracts.rating.RectificationOpened;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.rating.config.RatingProperties;
import org.onewindow.rating.ratings.Rating;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens the rectification of a bad rating, inside the transaction that stores the rating. */
@Service
public class RectificationService {

    private final RectificationRepository repository;
    private final CalendarReplica calendar;
    private final RatingProperties properties;
    private final EventPublisher events;

    public RectificationService(RectificationRepository repository, CalendarReplica calendar,
                                RatingProperties properties, EventPublisher events) {
        this.repository = repository;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Rectification openFor(Rating rating) {
        Rectification rectification = Rectification.openFor(rating, properties.rectificationTerms(),
                calendar.workingDays(), UUID.randomUUID());
        repository.insert(rectification);
        events.publish(new RectificationOpened(rating.ratingId(), rating.caseNumber(), rating.implementingDepartment(),
                rectification.dueOn(), rectification.openedAt()));
        return rectification;
    }

    public Rectification find(UUID rectificationId) {
        return repository.find(rectificationId)
                .orElseThrow(() -> new NotFound("rectification", rectificationId.toString()));
    }
}
