package org.onewindow.invariants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result of one check: what happened (counts per stage), what broke (violations, each naming its case and
 * invariant), and the state of the backbone (dead letters, redelivered records).
 *
 * @param checkedAt   when the check started (the topics were read up to their end offsets at that moment)
 * @param today       the day deadlines are judged against (Asia/Shanghai; supervision's own "today" when known)
 * @param counts      cases per stage, from the events
 * @param violations  every breach found, ordered by invariant then case number
 * @param deadLetters records on each dead-letter topic
 * @param supervision supervision's own reconciliation report, whose lists are merged into {@code violations}; null
 *                    when it could not be read
 */
public record InvariantReport(Instant checkedAt, LocalDate today, Counts counts, List<Violation> violations,
                              Map<String, Long> deadLetters,
                              MonitorApi.@Nullable SupervisionReconciliation supervision) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public InvariantReport {
        violations = List.copyOf(violations);
        deadLetters = Map.copyOf(new TreeMap<>(deadLetters));
    }

    /**
     * @param submitted         cases intake published anything about
     * @param accepted          cases with {@code ApplicationAccepted}
     * @param notAccepted       cases with {@code ApplicationNotAccepted}
     * @param reviewCases       cases review opened
     * @param decided           cases review decided
     * @param approvals         of which approved
     * @param pushed            approvals pushed to supervision (records)
     * @param claimed           records claimed
     * @param escalated         records escalated
     * @param delivered         results delivered (出件)
     * @param ratedAcceptance   cases rated at the acceptance stage
     * @param ratedCompletion   cases rated at the completion stage
     * @param licenceActions    licence actions taken
     * @param records           records read from the public topics
     * @param redelivered       records whose {@code ce_id} was read before (harmless: consumers ignore them)
     * @param unreadable        records the checker could not read as an event
     */
    public record Counts(long submitted, long accepted, long notAccepted, long reviewCases, long decided,
                         long approvals, long pushed, long claimed, long escalated, long delivered,
                         long ratedAcceptance, long ratedCompletion, long licenceActions, long records,
                         long redelivered, long unreadable) {
    }

    /** Effects missing downstream (invariant violations of kind MISSING). */
    public long lost() {
        return count(Violation.Kind.MISSING);
    }

    /** Effects that happened twice. */
    public long duplicated() {
        return count(Violation.Kind.DUPLICATE);
    }

    public long deadLetterCount() {
        return deadLetters.values().stream().mapToLong(Long::longValue).sum();
    }

    /** No violation of any invariant. */
    public boolean consistent() {
        return violations.isEmpty();
    }

    public List<Violation> violations(int invariant) {
        return violations.stream().filter(v -> v.invariant() == invariant).toList();
    }

    public List<Violation> violationsOf(String caseNumber) {
        return violations.stream().filter(v -> v.caseNumber().equals(caseNumber)).toList();
    }

    private long count(Violation.Kind kind) {
        return violations.stream().filter(v -> v.kind() == kind).count();
    }

    public String toJson() {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("checkedAt", checkedAt.toString());
        json.put("today", today.toString());
        json.put("consistent", consistent());
        json.put("lost", lost());
        json.put("duplicated", duplicated());
        json.put("deadLetters", deadLetterCount());
        json.put("counts", counts);
        json.put("violations", violations);
        json.put("deadLetterTopics", deadLetters);
        json.put("supervisionReconciliation", supervision);
        return JSON.writeValueAsString(json);
    }

    /** A few lines for a console: the counts, then the violations (at most {@code limit}). */
    public String summary(int limit) {
        StringBuilder text = new StringBuilder();
        Counts c = counts;
        text.append("cases: submitted %d, accepted %d (not accepted %d), review cases %d, decided %d (approvals %d), "
                .formatted(c.submitted(), c.accepted(), c.notAccepted(), c.reviewCases(), c.decided(), c.approvals()))
                .append("pushed %d, claimed %d, escalated %d, delivered %d, rated acceptance %d, rated completion %d%n"
                        .formatted(c.pushed(), c.claimed(), c.escalated(), c.delivered(), c.ratedAcceptance(),
                                c.ratedCompletion()))
                .append("records read %d (redelivered %d, unreadable %d); dead letters %d %s%n"
                        .formatted(c.records(), c.redelivered(), c.unreadable(), deadLetterCount(), deadLetters))
                .append("violations %d: lost %d, duplicated %d%n".formatted(violations.size(), lost(), duplicated()));
        violations.stream().limit(limit).forEach(v -> text.append("  ").append(v).append('\n'));
        if (violations.size() > limit) {
            text.append("  … ").append(violations.size() - limit).append(" more\n");
        }
        return text.toString();
    }
}
