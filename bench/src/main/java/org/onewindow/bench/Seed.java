package org.onewindow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.onewindow.localstack.Ports;

/**
 * {@code bench seed}: a history of many cases in the databases of a running stack, fast. The API does a few whole
 * lifecycles per second, so a history of 100,000 would take hours; instead the completed cases already there (driven
 * through the API, e.g. by a bench warm-up) are the templates, and each service database gets copies of their rows
 * under new case numbers, ids and licence numbers ({@link SeedSql}), so the history has exactly the shape the
 * services write. Object-store content is not copied: a copied licence or document row points at its template's
 * object key rewritten to the new case number, which does not exist in the store.
 */
public final class Seed {

    /** The service databases that hold case history (catalog holds items, not cases). */
    static final List<String> DATABASES = List.of("intake", "review", "supervision", "rating", "monitor");

    static final String USAGE = """
            Usage: java -jar bench/target/bench.jar seed [--cases=N] [--port-offset=N] [--template-day=YYYYMMDD]
                                                        [--batch=COPIES] [--threads=T] [--triggers=off|on]
                                                        [--user=U] [--password=P]
              --cases         cases of history to add, at least (default 100000): copies of every completed case
                              of the template day, as many copies as it takes
              --port-offset   the stack's port offset as given to ./run-local.sh (PostgreSQL on 15432 + offset)
              --template-day  the day whose completed cases are copied (default: the day of most applications)
              --batch         copies per transaction (default 20)
              --threads       databases seeded at once (default 2)
              --triggers      on: run triggers and foreign-key checks (the audit trail's chain is sealed per new
                              case, about 10x slower); off (default): copies keep their template's seq and hashes,
                              so the copies' audit chains do not verify (verify-audit reports them)
              --user, --password   PostgreSQL login (default postgres/postgres, as ./run-local.sh)
            Run on a stack whose cases were driven through the API (e.g. after a bench warm-up); it adds, it never
            deletes; run again with the same options it skips the rows already there. Prints the rows added and the rows per table afterwards, and the time taken.""";

    record Options(int cases, int portOffset, String templateDay, int batch, int threads, String user,
                   String password, boolean triggers) {

        static Options parse(String[] args) {
            CommandLine.Values given = CommandLine.values(args);
            Options options = new Options(given.positive("--cases", 100_000), given.integer("--port-offset", 0),
                    given.text("--template-day", null), given.positive("--batch", 20), given.positive("--threads", 2),
                    given.text("--user", "postgres"), given.text("--password", "postgres"),
                    switch (given.text("--triggers", "off")) {
                        case "on" -> true;
                        case "off" -> false;
                        default -> throw new IllegalArgumentException("--triggers must be on or off");
                    });
            given.refuseUnknown();
            if (options.templateDay != null && !options.templateDay.matches("[0-9]{8}")) {
                throw new IllegalArgumentException("--template-day must be YYYYMMDD");
            }
            return options;
        }
    }

    private Seed() {
    }

    public static void main(String[] args) {
        Options options = CommandLine.parseOrExit(() -> Options.parse(args), USAGE);
        try {
            run(options);
        } catch (Exception e) {
            throw new IllegalStateException("seed failed", e);
        }
    }

    static void run(Options options) throws Exception {
        Ports ports = new Ports(options.portOffset());
        long started = System.nanoTime();
        String day;
        List<String> templates;
        try (Connection intake = connect(ports, "intake", options)) {
            day = options.templateDay() != null ? options.templateDay() : busiestDay(intake);
            templates = completedCases(intake, day);
        }
        if (templates.isEmpty()) {
            System.err.println("seed: no completed case of " + day + " in intake: drive some lifecycles first");
            System.exit(1);
        }
        int copies = (options.cases() + templates.size() - 1) / templates.size();
        System.out.printf("seed: %d completed cases of %s x %d copies = %d cases of history, via %s%n",
                templates.size(), day, copies, (long) copies * templates.size(), ports.jdbcUrl("*"));

        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(options.threads())) {
            List<Future<Map<String, Long>>> done = new ArrayList<>();
            for (String database : DATABASES) {
                done.add(pool.submit(() -> {
                    try (Connection connection = connect(ports, database, options)) {
                        HistorySeeder seeder = new HistorySeeder(connection, day, templates, options.triggers());
                        seeder.seed(copies, options.batch(), line -> System.out.println("  " + line));
                        seeder.vacuumAnalyze();
                        return seeder.rowCounts();
                    }
                }));
            }
            for (int i = 0; i < DATABASES.size(); i++) {
                counts.put(DATABASES.get(i), done.get(i).get());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println();
        System.out.println("rows per table after seeding:");
        counts.forEach((database, tables) -> tables.forEach((table, rows) ->
                System.out.printf("  %-12s %-28s %,12d%n", database, table, rows)));
        System.out.printf("seeded %d cases of history (%d copies of %d) in %.1f s (vacuum analyze included)%n",
                (long) copies * templates.size(), copies, templates.size(), seconds);
    }

    static Connection connect(Ports ports, String database, Options options) throws SQLException {
        return DriverManager.getConnection(ports.jdbcUrl(database), options.user(), options.password());
    }

    /** The submission day (from the case number) with the most applications: where the driven cases are. */
    static String busiestDay(Connection intake) throws SQLException {
        try (Statement statement = intake.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select substring(case_number from '-([0-9]{8})-[0-9]{6}$') d from application
                     group by d order by count(*) desc limit 1""")) {
            if (!rows.next() || rows.getString(1) == null) {
                throw new IllegalStateException("intake has no application: drive some lifecycles first");
            }
            return rows.getString(1);
        }
    }

    /** Cases of {@code day} that went the whole way: delivered (the bench rates right after delivery). */
    static List<String> completedCases(Connection intake, String day) throws SQLException {
        List<String> cases = new ArrayList<>();
        try (PreparedStatement query = intake.prepareStatement("""
                select case_number from application
                where case_number like ? and delivery is not null order by case_number""")) {
            query.setString(1, "%-" + day + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    cases.add(rows.getString(1));
                }
            }
        }
        return cases;
    }
}
