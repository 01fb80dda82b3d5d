package org.onewindow.platform.test.random;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws values for one randomized case and remembers what it drew, so a failure can say which case it was.
 * Bounds are inclusive, as a reader of a property expects ("between 1 and 70").
 */
public final class Generator {

    private final SplittableRandom random;
    private final List<String> drawn = new ArrayList<>();

    Generator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Generator startCase() {
        drawn.clear();
        return this;
    }

    String drawnSoFar() {
        return String.join(", ", drawn);
    }

    public int intBetween(int min, int max) {
        return note(random.nextInt(min, max + 1));
    }

    public long longBetween(long min, long max) {
        return note(max == Long.MAX_VALUE ? random.nextLong(min, max) : random.nextLong(min, max + 1));
    }

    /** Any long, for seeding a generator of one's own inside the case. */
    public long anyLong() {
        return note(random.nextLong());
    }

    public LocalDate dateBetween(LocalDate first, LocalDate last) {
        return note(LocalDate.ofEpochDay(random.nextLong(first.toEpochDay(), last.toEpochDay() + 1)));
    }

    @SafeVarargs
    public final <T> T oneOf(T... choices) {
        return note(choices[random.nextInt(choices.length)]);
    }

    /** A string of exactly {@code length} characters, each drawn from {@code alphabet}. */
    public String string(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return note(text.toString());
    }

    /** A string of {@code minLength} to {@code maxLength} characters drawn from {@code alphabet}. */
    public String string(String alphabet, int minLength, int maxLength) {
        int length = random.nextInt(minLength, maxLength + 1);
        drawn.add("length " + length);
        return string(alphabet, length);
    }

    private <T> T note(T value) {
        drawn.add(String.valueOf(value));
        return value;
    }
}
