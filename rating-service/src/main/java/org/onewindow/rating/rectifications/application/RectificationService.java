package org.onewindow.rating.rectifications.application;

import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.rating.config.RatingProperties;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.RatingAudit;
import org.onewindow.rating.rectifications.domain.Rectification;
import org.onewindow.rating.rectifications.domain.RectificationEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens the rectification of a bad rating through its command path, inside the transaction that stores the rating. */
@Service
public class RectificationService {

    static final String OPEN = "open-rectification";

    private final CommandPath<UUID, Rectification, RectificationEvent> path;
    private final Rectifications rectifications;
    private final CalendarReplica calendar;
    private final RatingProperties properties;

    public RectificationService(CommandPath<UUID, Rectification, RectificationEvent> path,
                                Rectifications rectifications, CalendarReplica calendar, RatingProperties properties) {
        this.path = path;
        this.rectifications = rectifications;
        this.calendar = calendar;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Rectification openFor(Rating rating) {
        return path.create(Command.of(OPEN, RatingAudit.SYSTEM), () -> Rectification.openFor(rating,
                properties.rectificationTerms(), calendar.workingDays(), UUID.randomUUID()));
    }

    public Rectification find(UUID rectificationId) {
        return rectifications.find(rectificationId)
                .orElseThrow(() -> new NotFound("rectification", rectificationId.toString()));
    }

    public Optional<Rectification> findByRating(UUID ratingId) {
        return rectifications.findByRating(ratingId);
    }

    public PageResult<Rectification> list(DepartmentCode department, PageQuery page) {
        return rectifications.list(department, page);
    }
}
