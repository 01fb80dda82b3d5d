package org.onewindow.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** Options that take no value: given, they are true ({@code --polling}). */
    static final Set<String> FLAGS = Set.of("--polling");

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
            } else if (FLAGS.contains(name)) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            options.add(new Option(name, value));
        }
        return options;
    }

    /** The options by name, for a command that reads each with its default; see {@link Values}. */
    static Values values(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (Option option : options(args)) {
            given.put(option.name(), option.value()); // given twice: the last one counts
        }
        return new Values(given);
    }

    /**
     * The options given, read one by one with the command's defaults; {@link #refuseUnknown()} at the end refuses
     * every name the command did not read. A value that is not a number fails with {@link NumberFormatException}
     * (an {@link IllegalArgumentException}, so a usage error).
     */
    static final class Values {

        private final Map<String, String> given;
        private final Set<String> read = new HashSet<>();

        private Values(Map<String, String> given) {
            this.given = given;
        }

        Optional<String> text(String name) {
            read.add(name);
            return Optional.ofNullable(given.get(name));
        }

        String text(String name, String fallback) {
            return text(name).orElse(fallback);
        }

        int integer(String name, int fallback) {
            return text(name).map(Integer::parseInt).orElse(fallback);
        }

        long whole(String name, long fallback) {
            return text(name).map(Long::parseLong).orElse(fallback);
        }

        double decimal(String name, double fallback) {
            return text(name).map(Double::parseDouble).orElse(fallback);
        }

        /** A {@link #FLAGS flag}: true when given (or given as {@code =true}). */
        boolean flag(String name) {
            return text(name).map(Boolean::parseBoolean).orElse(false);
        }

        /** An integer of at least 1. */
        int positive(String name, int fallback) {
            int value = integer(name, fallback);
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1");
            }
            return value;
        }

        /** Call once every known option was read. */
        void refuseUnknown() {
            given.keySet().stream().filter(name -> !read.contains(name)).sorted().findFirst().ifPresent(name -> {
                throw new IllegalArgumentException("unknown option " + name);
            });
        }
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
