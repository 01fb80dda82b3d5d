package org.onewindow.bench;

import java.net.URI;
import java.util.List;

/**
 * What {@code bench requests} sends.
 *
 * @param gateway   the stack's gateway: issues the token ({@code /auth/token})
 * @param target    where the GETs go: the gateway (default) or a service's own port, to split gateway and service cost
 * @param path      the GET's path and query
 * @param user      the demo user whose token is sent (none: {@code -}, e.g. for the health endpoint)
 * @param rate      requests started per second (open model: a late answer does not delay the next request)
 * @param seconds   measured seconds
 * @param warmup    seconds at the same rate before the measurement (JIT, pools), not counted
 * @param stack     command-line markers of the stack's processes for the CPU figures (see {@link StackCpu})
 */
record RequestsOptions(URI gateway, URI target, String path, String user, double rate, int seconds, int warmup,
                       List<String> stack) {

    static final String USAGE = """
            Usage: java -jar bench/target/bench.jar requests [--gateway=URL] [--target=URL] [--path=PATH] [--user=NAME]
                                                            [--rate=R] [--seconds=S] [--warmup-s=S] [--stack=MARKERS]
              --gateway    default http://127.0.0.1:8080 (./run-local.sh); issues the token
              --target     where the GETs go (default: the gateway; a service's port measures the service alone)
              --path       default /api/catalog/v1/items/FOOD-BIZ-LICENCE
              --user       demo user whose bearer token is sent (default clerk; - sends none)
              --rate       requests per second, fixed (default 200)
              --seconds    measured seconds (default 60)
              --warmup-s   seconds at the same rate before measuring (default 10)
              --stack      comma-separated strings found in the command lines of the stack's processes (the
                           launcher's --project-root and PostgreSQL's data directory); they and their children
                           are counted, e.g. --stack=/work/main,/work/main/.local (default: none, no CPU figures)
            Options take "--name=value" or "--name value".""";

    static RequestsOptions parse(String[] args) {
        CommandLine.Values given = CommandLine.values(args);
        URI gateway = URI.create(given.text("--gateway", "http://127.0.0.1:8080"));
        RequestsOptions options = new RequestsOptions(gateway, given.text("--target").map(URI::create).orElse(gateway),
                given.text("--path", "/api/catalog/v1/items/FOOD-BIZ-LICENCE"), given.text("--user", "clerk"),
                given.decimal("--rate", 200), given.positive("--seconds", 60), given.integer("--warmup-s", 10),
                StackCpu.markers(given.text("--stack", "")));
        given.refuseUnknown();
        if (options.rate <= 0) {
            throw new IllegalArgumentException("--rate must be above 0");
        }
        return options;
    }
}
