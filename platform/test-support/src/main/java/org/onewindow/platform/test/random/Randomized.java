package org.onewindow.platform.test.random;

import java.util.function.Consumer;

/**
 * Seeded, reproducible randomized tests in plain JUnit 5: a property is checked on many generated cases.
 *
 * <pre>{@code
 * Randomized.check(1000, any -> {
 *     LocalDate start = any.date(FIRST, LAST);
 *     assertThat(...).isEqualTo(...);
 * });
 * }</pre>
 *
 * <p>Each run picks a fresh base seed (so the cases differ from run to run and find more) unless the system
 * property {@value #SEED_PROPERTY} fixes it. A failing case is reported with that base seed and its case number;
 * running again with {@code -Donewindow.random.seed=<seed>} replays exactly the same cases.
 */
public final class Randomized {

    /** System property that fixes the base seed, to replay a failure. */
    public static final String SEED_PROPERTY = "onewindow.random.seed";

    private Randomized() {
    }

    /** Runs {@code property} on {@code cases} generated cases; the first failure is reported with the seed. */
    public static void check(int cases, Consumer<Generator> property) {
        long seed = baseSeed();
        Generator any = new Generator(seed);
        for (int i = 0; i < cases; i++) {
            try {
                property.accept(any.startCase());
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("Randomized case " + (i + 1) + " of " + cases + " failed (drew " + any.drawnSoFar()
                        + "); replay with -D" + SEED_PROPERTY + "=" + seed + ": " + failure.getMessage(), failure);
            }
        }
    }

    static long baseSeed() {
        String fixed = System.getProperty(SEED_PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            return Long.parseLong(fixed.trim());
        }
        return System.nanoTime() ^ Thread.currentThread().threadId() * 0x9E3779B97F4A7C15L;
    }
}
