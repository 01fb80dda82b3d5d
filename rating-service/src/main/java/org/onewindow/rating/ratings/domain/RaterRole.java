package org.onewindow.rating.ratings.domain;

/** In which capacity the rater rated: as the applicant, or as the village agent (代办员) acting for them. */
public enum RaterRole {
    APPLICANT,
    AGENT
}
