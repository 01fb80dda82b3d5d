package org.onewindow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The command line of bench and chaos: options as {@code --name=value} or {@code --name value}, and usage errors. */
final class CommandLine {

    private CommandLine() {
    }

    /** One option as given; the caller knows the names and converts the value. */
    record Option(String name, String value) {
    }

    /**
     * The options in order.
     *
     * @throws IllegalArgumentException with an empty message for {@code --help} or {@code -h} (show the usage only),
     *     or naming the option that lacks a value
     */
    static List<Option> options(String[] args) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            options.add(new Option(name, value));
        }
        return options;
    }

    /** What {@code parse} returns; when it refuses the command line, prints why and the usage, and exits with 2. */
    static <T> T parseOrExit(Supplier<T> parse, String usage) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.println(usage);
            System.exit(2);
            throw e; // not reached: exit does not return
        }
    }
}
