package org.onewindow.review.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.clock.WorkingDays;

/**
 * The stops of a case's clock in the order they were taken (补正 and the special procedures of Art. 45); at most one
 * is open, the last. Each records its reason and who stopped the clock; ending one records the working days lost.
 */
public final class Pauses {

    private final List<Pause> pauses;

    Pauses(List<Pause> pauses) {
        this.pauses = new ArrayList<>(pauses);
    }

    public Optional<Pause> open() {
        return pauses.stream().filter(Pause::open).findFirst();
    }

    /** The pause with this id; 404 when the case has none. */
    Pause byId(UUID pauseId) {
        return pauses.stream().filter(p -> p.pauseId().equals(pauseId)).findFirst()
                .orElseThrow(() -> Refusal.toException(Refusal.notFound("pause", String.valueOf(pauseId))));
    }

    /** The open supplement pause answering {@code requestId} (any open supplement pause when null). */
    Optional<Pause> awaitedSupplement(UUID requestId) {
        return open().filter(p -> p.kind() == PauseKind.SUPPLEMENT)
                .filter(p -> requestId == null || requestId.equals(p.pauseId()));
    }

    /** Stops the clock on {@code on}; for a supplement the new pause id is the request id intake answers with. */
    Pause start(PauseKind kind, String reason, String pausedBy, LocalDate on) {
        return start(kind, reason, pausedBy, on, null, null);
    }

    Pause start(PauseKind kind, String reason, String pausedBy, LocalDate on, UUID taskId, Integer expectedWorkingDays) {
        Pause pause = new Pause(UUID.randomUUID(), kind, reason, pausedBy, on, null, 0, taskId, expectedWorkingDays);
        pauses.add(pause);
        return pause;
    }

    /**
     * Ends {@code pause} on {@code on} (a notice dated before the pause started ends it at once) and records the
     * working days in (pausedOn, end].
     */
    Pause end(Pause pause, LocalDate on, WorkingDays calendar) {
        LocalDate end = on.isBefore(pause.pausedOn()) ? pause.pausedOn() : on;
        Pause resumed = pause.resumed(end, calendar.workingDaysBetween(pause.pausedOn(), end));
        pauses.set(pauses.indexOf(pause), resumed);
        return resumed;
    }

    /** As platform-clock pauses for a clock started on {@code from}: those over before it left out, the rest cut at it. */
    List<org.onewindow.platform.clock.Pause> since(LocalDate from) {
        return pauses.stream()
                .filter(p -> p.open() || p.resumedOn().isAfter(from))
                .map(p -> new org.onewindow.platform.clock.Pause(p.pausedOn().isBefore(from) ? from : p.pausedOn(),
                        p.resumedOn(), p.reason(), p.pausedBy()))
                .toList();
    }

    /** Supplement requests the task has made after acceptance (those stored before the count existed name no task). */
    long supplementsOf(UUID taskId) {
        return pauses.stream().filter(p -> p.kind() == PauseKind.SUPPLEMENT && taskId.equals(p.taskId())).count();
    }

    public List<Pause> list() {
        return Collections.unmodifiableList(pauses);
    }
}
