package org.onewindow.platform.commands;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.PersonalData;
import org.onewindow.platform.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * 查询留痕: records that staff read a citizen's personal data, in the service's {@code personal_data_read} table.
 * A controller's GET calls it once, before it answers, with the cases it shows and the personal fields they carry:
 * <pre>{@code reads.record("application", caseNumber, "applicant.view", APPLICANT_FIELDS);}</pre>
 * The reader is the request's caller. An applicant (only the APPLICANT role) reading their own case is not a staff
 * read and is not recorded; every other caller is, SYSTEM clients included. If the row cannot be written the read
 * fails: no personal data leaves without its trace.
 */
public class PersonalDataReads {

    /** Header in which a caller may state why it reads (a task id, a complaint number); kept, trimmed and masked. */
    public static final String PURPOSE_HEADER = "X-Read-Purpose";
    private static final int MAX_STATED_PURPOSE = 200;

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final Clock clock;

    public PersonalDataReads(JdbcClient jdbc, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** One row read: a case and the personal fields shown of it. */
    public void record(String resource, String subject, String purpose, Collection<String> fields) {
        record(resource, List.of(subject), purpose, fields);
    }

    /** A page read (a list endpoint): one row per case shown. Nothing is recorded for an empty page. */
    public void record(String resource, Collection<String> subjects, String purpose, Collection<String> fields) {
        Actor reader = currentActor.find().orElse(null);
        if (reader == null || subjects.isEmpty() || isApplicantOnly(reader)) {
            return;
        }
        Instant at = clock.instant();
        String request = null;
        String stated = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest http = attributes.getRequest();
            request = http.getMethod() + " " + http.getRequestURI();
            stated = statedPurpose(http.getHeader(PURPOSE_HEADER));
        }
        String shown = String.join(",", new TreeSet<>(fields));
        String roles = String.join(",", new TreeSet<>(reader.roles()));
        for (String subject : new TreeSet<>(subjects)) {
            jdbc.sql("""
                            insert into personal_data_read (at, reader_id, reader_name, reader_roles, reader_department,
                                                            reader_centre, subject, resource, fields, purpose, request,
                                                            stated_purpose)
                            values (:at, :readerId, :readerName, :roles, :department, :centre, :subject, :resource,
                                    :fields, :purpose, :request, :stated)""")
                    .param("at", Timestamp.from(at)).param("readerId", reader.userId())
                    .param("readerName", reader.name()).param("roles", roles)
                    .param("department", reader.department()).param("centre", reader.centre())
                    .param("subject", subject).param("resource", resource).param("fields", shown)
                    .param("purpose", purpose).param("request", request).param("stated", stated)
                    .update();
        }
    }

    /** The reads of one case, oldest first (at most {@code limit}). */
    public List<Read> of(String subject, int limit) {
        return jdbc.sql("""
                        select at, reader_id, reader_name, reader_roles, reader_department, reader_centre, subject,
                               resource, fields, purpose, request, stated_purpose
                        from personal_data_read where subject = :subject order by id limit :limit""")
                .param("subject", subject).param("limit", limit)
                .query(PersonalDataReads::read).list();
    }

    /** One recorded read. */
    public record Read(Instant at, String readerId, String readerName, Set<String> readerRoles, String readerDepartment,
                       String readerCentre, String caseNumber, String resource, List<String> fields, String purpose,
                       String request, String statedPurpose) {
    }

    private static boolean isApplicantOnly(Actor reader) {
        return reader.roles().equals(Set.of("APPLICANT"));
    }

    private static String statedPurpose(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String trimmed = header.strip();
        if (trimmed.length() > MAX_STATED_PURPOSE) {
            trimmed = trimmed.substring(0, MAX_STATED_PURPOSE);
        }
        return PersonalData.maskText(trimmed);
    }

    private static Read read(ResultSet rs, int row) throws SQLException {
        return new Read(rs.getTimestamp("at").toInstant(), rs.getString("reader_id"), rs.getString("reader_name"),
                Set.of(rs.getString("reader_roles").split(",")), rs.getString("reader_department"),
                rs.getString("reader_centre"), rs.getString("subject"), rs.getString("resource"),
                List.of(rs.getString("fields").split(",")), rs.getString("purpose"), rs.getString("request"),
                rs.getString("stated_purpose"));
    }
}
