package org.onewindow.review.cases.domain;

/** What a 电子监察 warning is about: the whole case (its promised deadline) or one department task (its step deadline). */
public enum WarningScope {
    CASE,
    STEP
}
