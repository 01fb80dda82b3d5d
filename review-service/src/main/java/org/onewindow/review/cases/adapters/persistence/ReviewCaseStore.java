package org.onewindow.review.cases.adapters.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.platform.web.paging.SqlPages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.onewindow.review.cases.application.ReviewCases;
import org.onewindow.review.cases.application.TaskListItem;
import org.onewindow.review.cases.domain.CaseDeadlines;
import org.onewindow.review.cases.domain.CaseOpening;
import org.onewindow.review.cases.domain.CaseStatus;
import org.onewindow.review.cases.domain.Decision;
import org.onewindow.review.cases.domain.DepartmentTask;
import org.onewindow.review.cases.domain.JointHandling;
import org.onewindow.review.cases.domain.Licence;
import org.onewindow.review.cases.domain.LicenceStatus;
import org.onewindow.review.cases.domain.Opinion;
import org.onewindow.review.cases.domain.Pause;
import org.onewindow.review.cases.domain.PauseKind;
import org.onewindow.review.cases.domain.ReviewCase;
import org.onewindow.review.cases.domain.RouteMode;
import org.onewindow.review.cases.domain.StatutoryExtension;
import org.onewindow.review.cases.domain.StepKind;
import org.onewindow.review.cases.domain.StepRecord;
import org.onewindow.review.cases.domain.TaskStatus;
import org.onewindow.review.cases.domain.WarningLevel;
import org.springframework.stereotype.Repository;

/**
 * Stores review cases in explicit tables. The case row carries the case's version (its GET's ETag) and each task row
 * its own (an opinion's or a deputy's ETag); a save writes the case and the tasks a command changed, each only if
 * its stored version is still the one read. The audit trail is the platform's {@code audit_trail}, appended by the
 * command path.
 */
@Repository
public class ReviewCaseStore implements ReviewCases {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public ReviewCaseStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public boolean exists(CaseNumber caseNumber) {
        return jdbc.sql("SELECT count(*) FROM review_case WHERE case_number = ?").param(caseNumber.value())
                .query(Long.class).single() > 0;
    }

    /** The case, locked for the rest of the transaction: commands on one case run one after another. */
    @Override
    public Optional<ReviewCase> findForUpdate(CaseNumber caseNumber) {
        return load(caseNumber.value(), " FOR UPDATE");
    }

    @Override
    public Optional<ReviewCase> find(CaseNumber caseNumber) {
        return load(caseNumber.value(), "");
    }

    @Override
    public Optional<CaseNumber> caseNumberOfTask(UUID taskId) {
        return jdbc.sql("SELECT case_number FROM department_task WHERE task_id = ?").param(taskId).query(String.class)
                .optional().map(CaseNumber::of);
    }

    @Override
    public long nextLicenceSequence() {
        return jdbc.sql("SELECT nextval('licence_sequence')").query(Long.class).single();
    }

    /**
     * Open cases whose promised deadline, or an open task's step deadline, falls on or before {@code day} with a
     * warning level still to raise: the candidates for a warning. An open task without a stored deadline (written
     * before step deadlines existed) is a candidate too, so the scan computes it.
     */
    @Override
    public List<CaseNumber> openCasesDueBy(LocalDate day) {
        return jdbc.sql("""
                SELECT c.case_number FROM review_case c
                WHERE c.status = 'OPEN'
                  AND ((c.promised_deadline <= ? AND cardinality(c.raised_warnings) < 2)
                    OR EXISTS (SELECT 1 FROM department_task t WHERE t.case_number = c.case_number AND t.status = 'OPEN'
                               AND (t.deadline IS NULL OR t.deadline <= ?) AND cardinality(t.raised_warnings) < 2))
                ORDER BY c.promised_deadline, c.case_number""")
                .params(day, day).query(String.class).list().stream().map(CaseNumber::of).toList();
    }

    /** A department's tasks in one status, soonest step deadline first (else the case's promised one), then by task id. */
    @Override
    public PageResult<TaskListItem> tasks(String department, TaskStatus status, PageQuery page) {
        return SqlPages.page(jdbc, """
                t.task_id, t.case_number, c.item_code, c.item_name, t.department, t.status, t.two_person_review,
                t.review_user_id, t.check_user_id, t.deputy_user_id, c.promised_deadline, c.statutory_deadline,
                t.deadline,
                EXISTS (SELECT 1 FROM case_pause p WHERE p.case_number = c.case_number AND p.resumed_on IS NULL) AS paused""",
                "FROM department_task t JOIN review_case c ON c.case_number = t.case_number"
                        + " WHERE t.department = ? AND t.status = ?",
                "coalesce(t.deadline, c.promised_deadline), t.task_id", List.of(department, status.name()),
                (rs, n) -> {
                    TaskStatus taskStatus = TaskStatus.valueOf(rs.getString("status"));
                    StepKind next = taskStatus != TaskStatus.OPEN ? null
                            : rs.getString("review_user_id") == null ? StepKind.REVIEW
                            : rs.getBoolean("two_person_review") && rs.getString("check_user_id") == null ? StepKind.CHECK : null;
                    return new TaskListItem(rs.getObject("task_id", UUID.class), rs.getString("case_number"),
                            rs.getString("item_code"), rs.getString("item_name"), rs.getString("department"), taskStatus,
                            next, rs.getString("deputy_user_id"), rs.getObject("promised_deadline", LocalDate.class),
                            rs.getObject("statutory_deadline", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                            rs.getBoolean("paused"));
                }, page);
    }

    @Override
    public void insert(ReviewCase c) {
        CaseOpening o = c.opening();
        jdbc.sql("""
                INSERT INTO review_case (case_number, item_code, item_name, item_version, route_mode, two_person_review,
                    immediate, accepted_on, accepted_at, accepted_by, promised_limit, statutory_limit, applicant_user_id,
                    holder_name, holder_masked_id, implementing_department, supervising_department, status,
                    promised_deadline, statutory_deadline, joint_handling, provisional_years, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(o.caseNumber().value(), o.itemCode(), o.itemName(), o.itemVersion(), o.mode().name(), o.twoPersonReview(),
                        o.immediate(), o.acceptedOn(), utc(o.acceptedAt()), o.acceptedBy(), o.promisedLimit(),
                        o.statutoryLimit(), o.applicantUserId(), o.holderName(), o.holderMaskedIdNumber(),
                        o.implementingDepartment(), o.supervisingDepartment(), c.status().name(),
                        c.deadlines().promised(), c.deadlines().statutory(),
                        o.jointHandling() == null ? null : o.jointHandling().name(), years(c))
                .update();
        for (DepartmentTask task : c.tasks()) {
            jdbc.sql("INSERT INTO department_task (task_id, case_number, department, position, two_person_review, status, "
                            + "limit_days, opened_on, deadline, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                    .params(task.taskId(), c.caseNumber().value(), task.department(), task.position(), task.twoPersonReview(),
                            task.status().name(), task.limitWorkingDays(), task.openedOn(), task.deadline())
                    .update();
            task.stored(1);
        }
        writePauses(c);
        c.stored(1);
    }

    /**
     * Writes the changed case (its version advances: the case's GET shows every task) and the tasks the command
     * changed (only their versions advance), each only if its stored version is the one read; false when one moved.
     */
    @Override
    public boolean update(ReviewCase c) {
        Decision d = c.decision();
        Licence l = d == null ? null : d.licence();
        int rows = jdbc.sql("""
                UPDATE review_case SET status = ?, promised_deadline = ?, statutory_deadline = ?, decided_on = ?,
                    decided_at = ?, decision_reasons = ?, licence_number = ?, licence_valid_from = ?,
                    licence_valid_until = ?, licence_issue_due_by = ?, licence_status = ?, raised_warnings = ?,
                    provisional_years = ?, version = version + 1
                WHERE case_number = ? AND version = ?""")
                .params(c.status().name(), c.deadlines().promised(), c.deadlines().statutory(),
                        d == null ? null : d.decidedOn(), d == null ? null : utc(d.decidedAt()),
                        d == null ? new String[0] : d.reasons().toArray(String[]::new),
                        l == null ? null : l.number(), l == null ? null : l.validFrom(), l == null ? null : l.validUntil(),
                        l == null ? null : l.issueDueBy(), l == null ? null : l.status().name(),
                        c.raisedWarnings().stream().map(Enum::name).toArray(String[]::new), years(c), c.caseNumber().value(),
                        c.version())
                .update();
        if (rows != 1) {
            return false;
        }
        List<DepartmentTask> changed = c.tasks().stream().filter(DepartmentTask::changed).toList();
        for (DepartmentTask t : changed) {
            int taskRows = jdbc.sql("""
                    UPDATE department_task SET status = ?, deputy_user_id = ?, deputy_for = ?, opened_on = ?, deadline = ?, raised_warnings = ?,
                        review_user_id = ?, review_role = ?, review_opinion = ?, review_reasons = ?, review_comment = ?, review_at = ?,
                        check_user_id = ?, check_role = ?, check_opinion = ?, check_reasons = ?, check_comment = ?, check_at = ?,
                        version = version + 1
                    WHERE task_id = ? AND version = ?""")
                    .params(stepParams(t))
                    .update();
            if (taskRows != 1) {
                return false;
            }
        }
        StatutoryExtension e = c.extension();
        if (e != null) {
            // granted once: the primary key on case_number keeps it so even if two requests raced past the row lock
            jdbc.sql("""
                    INSERT INTO case_extension (case_number, working_days, reason, approved_by, approved_role, approved_on, approved_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_number) DO NOTHING""")
                    .params(c.caseNumber().value(), e.workingDays(), e.reason(), e.approvedBy(), e.role(), e.approvedOn(),
                            utc(e.approvedAt()))
                    .update();
        }
        writePauses(c);
        // versions advance only once everything is written: a refused save leaves the aggregate as it was read
        changed.forEach(t -> t.stored(t.version() + 1));
        c.stored(c.version() + 1);
        return true;
    }

    private void writePauses(ReviewCase c) {
        List<Pause> pauses = c.pauses();
        for (int seq = 0; seq < pauses.size(); seq++) {
            Pause p = pauses.get(seq);
            jdbc.sql("""
                    INSERT INTO case_pause (pause_id, case_number, seq, kind, reason, paused_by, paused_on, resumed_on,
                        working_days_lost, task_id, expected_working_days)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (pause_id) DO UPDATE SET resumed_on = excluded.resumed_on,
                        working_days_lost = excluded.working_days_lost""")
                    .params(p.pauseId(), c.caseNumber().value(), seq + 1, p.kind().name(), p.reason(), p.pausedBy(), p.pausedOn(),
                            p.resumedOn(), p.workingDaysLost(), p.taskId(), p.expectedWorkingDays())
                    .update();
        }
    }

    private static Object[] stepParams(DepartmentTask t) {
        StepRecord r = t.review();
        StepRecord k = t.check();
        return new Object[] {t.status().name(), t.deputyUserId(), t.deputyFor(), t.openedOn(), t.deadline(),
                t.raisedWarnings().stream().map(Enum::name).toArray(String[]::new),
                r == null ? null : r.userId(), r == null ? null : r.role(), r == null ? null : r.opinion().name(),
                r == null ? null : r.reasons().toArray(String[]::new), r == null ? null : r.comment(),
                r == null ? null : utc(r.completedAt()),
                k == null ? null : k.userId(), k == null ? null : k.role(), k == null ? null : k.opinion().name(),
                k == null ? null : k.reasons().toArray(String[]::new), k == null ? null : k.comment(),
                k == null ? null : utc(k.completedAt()),
                t.taskId(), t.version()};
    }

    /**
     * The case row, then its tasks, pauses and extension, in one round trip: PgJDBC sends the four statements of one
     * prepared statement together (review loads a case several times per lifecycle; that was four round trips). The
     * case row comes first, so a {@code FOR UPDATE} holds the case before its parts are read.
     */
    private Optional<ReviewCase> load(String caseNumber, String lock) {
        return Optional.ofNullable(template.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT * FROM review_case WHERE case_number = ?" + lock
                            + "; SELECT * FROM department_task WHERE case_number = ? ORDER BY position"
                            + "; SELECT * FROM case_pause WHERE case_number = ? ORDER BY seq"
                            + "; SELECT * FROM case_extension WHERE case_number = ?")) {
                for (int parameter = 1; parameter <= 4; parameter++) {
                    statement.setString(parameter, caseNumber);
                }
                statement.execute();
                ResultSet caseRow = statement.getResultSet();
                if (!caseRow.next()) {
                    return null;
                }
                List<DepartmentTask> tasks = rows(statement, ReviewCaseStore::task);
                List<Pause> pauses = rows(statement, ReviewCaseStore::pause);
                List<StatutoryExtension> extension = rows(statement, ReviewCaseStore::extension);
                return rebuild(caseRow, tasks, pauses, extension.isEmpty() ? null : extension.getFirst());
            }
        }));
    }

    /** The rows of the statement's next result, the results before it left open. */
    private static <T> List<T> rows(Statement statement, RowMapper<T> mapper) throws SQLException {
        statement.getMoreResults(Statement.KEEP_CURRENT_RESULT);
        List<T> rows = new ArrayList<>();
        try (ResultSet result = statement.getResultSet()) {
            while (result.next()) {
                rows.add(mapper.mapRow(result, rows.size()));
            }
        }
        return rows;
    }

    private static ReviewCase rebuild(ResultSet rs, List<DepartmentTask> tasks, List<Pause> pauses,
                                      StatutoryExtension extension) throws SQLException {
        String caseNumber = rs.getString("case_number");
        CaseOpening opening = new CaseOpening(CaseNumber.of(caseNumber), rs.getString("item_code"), rs.getString("item_name"),
                rs.getInt("item_version"), RouteMode.valueOf(rs.getString("route_mode")),
                tasks.stream().map(DepartmentTask::department).toList(), rs.getBoolean("two_person_review"),
                rs.getBoolean("immediate"), rs.getObject("accepted_on", LocalDate.class), instant(rs, "accepted_at"),
                rs.getString("accepted_by"), rs.getInt("promised_limit"), rs.getInt("statutory_limit"),
                rs.getString("applicant_user_id"), rs.getString("holder_name"), rs.getString("holder_masked_id"),
                rs.getString("implementing_department"), rs.getString("supervising_department"),
                rs.getString("joint_handling") == null ? null : JointHandling.valueOf(rs.getString("joint_handling")));
        Decision decision = null;
        if (rs.getObject("decided_on") != null) {
            Licence licence = rs.getString("licence_number") == null ? null
                    : new Licence(rs.getString("licence_number"), rs.getObject("licence_valid_from", LocalDate.class),
                            rs.getObject("licence_valid_until", LocalDate.class),
                            rs.getObject("licence_issue_due_by", LocalDate.class),
                            LicenceStatus.valueOf(rs.getString("licence_status")));
            decision = new Decision(CaseStatus.valueOf(rs.getString("status")), rs.getObject("decided_on", LocalDate.class),
                    instant(rs, "decided_at"), strings(rs.getArray("decision_reasons")), licence);
        }
        return new ReviewCase(opening, CaseStatus.valueOf(rs.getString("status")), tasks,
                new CaseDeadlines(rs.getObject("promised_deadline", LocalDate.class),
                        rs.getObject("statutory_deadline", LocalDate.class)),
                pauses, extension, decision, warnings(rs.getArray("raised_warnings")),
                years(rs.getArray("provisional_years")), rs.getLong("version"));
    }

    private static Pause pause(ResultSet p, int row) throws SQLException {
        return new Pause(p.getObject("pause_id", UUID.class), PauseKind.valueOf(p.getString("kind")),
                p.getString("reason"), p.getString("paused_by"), p.getObject("paused_on", LocalDate.class),
                p.getObject("resumed_on", LocalDate.class), p.getInt("working_days_lost"),
                p.getObject("task_id", UUID.class), (Integer) p.getObject("expected_working_days"));
    }

    private static StatutoryExtension extension(ResultSet e, int row) throws SQLException {
        return new StatutoryExtension(e.getInt("working_days"), e.getString("reason"), e.getString("approved_by"),
                e.getString("approved_role"), e.getObject("approved_on", LocalDate.class), instant(e, "approved_at"));
    }

    private static Integer[] years(ReviewCase c) {
        return c.provisionalYears().toArray(Integer[]::new);
    }

    private static Set<Integer> years(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((Integer[]) array.getArray());
    }

    /**
     * Cases with a stored deadline that may count days of {@code year}: accepted (or decided, or the step opened)
     * before its end and due (case, step or licence issue) in it or later. The domain decides what actually moved.
     */
    @Override
    public List<CaseNumber> casesWithDeadlinesIn(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return jdbc.sql("""
                SELECT c.case_number FROM review_case c
                WHERE (c.accepted_on <= ? AND greatest(c.promised_deadline, c.statutory_deadline) >= ?)
                   OR (c.decided_on <= ? AND c.licence_issue_due_by >= ?)
                   OR EXISTS (SELECT 1 FROM department_task t WHERE t.case_number = c.case_number AND t.status = 'OPEN'
                              AND t.opened_on <= ? AND t.deadline >= ?)
                ORDER BY c.case_number""")
                .params(last, first, last, first, last, first).query(String.class).list().stream()
                .map(CaseNumber::of).toList();
    }

    /** Every year some stored deadline was computed without a published calendar for it. */
    @Override
    public Set<Integer> provisionalYears() {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT unnest(provisional_years) FROM review_case")
                .query(Integer.class).list());
    }

    private static DepartmentTask task(ResultSet t, int row) throws SQLException {
        return new DepartmentTask(t.getObject("task_id", UUID.class), t.getString("department"), t.getInt("position"),
                t.getBoolean("two_person_review"), TaskStatus.valueOf(t.getString("status")),
                step(t, StepKind.REVIEW, "review_"), step(t, StepKind.CHECK, "check_"), t.getString("deputy_user_id"),
                t.getString("deputy_for"), t.getInt("limit_days"), t.getObject("opened_on", LocalDate.class), t.getObject("deadline", LocalDate.class),
                warnings(t.getArray("raised_warnings")), t.getLong("version"));
    }

    private static Set<WarningLevel> warnings(Array array) throws SQLException {
        Set<WarningLevel> warnings = EnumSet.noneOf(WarningLevel.class);
        strings(array).forEach(w -> warnings.add(WarningLevel.valueOf(w)));
        return warnings;
    }

    private static StepRecord step(ResultSet t, StepKind kind, String prefix) throws SQLException {
        String user = t.getString(prefix + "user_id");
        if (user == null) {
            return null;
        }
        return new StepRecord(kind, user, t.getString(prefix + "role"), Opinion.valueOf(t.getString(prefix + "opinion")),
                strings(t.getArray(prefix + "reasons")), t.getString(prefix + "comment"), instant(t, prefix + "at"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

}
