package org.onewindow.systemtests.support;

import java.util.concurrent.atomic.AtomicInteger;

/** Resident ID numbers (居民身份证号, GB 11643) with a correct check character, unique within a run. */
public final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private ResidentIds() {
    }

    /** Beijing Chaoyang (110105), born 1 Jan 1980, a fresh 3-digit sequence. */
    public static String next() {
        return withCheck("11010519800101" + "%03d".formatted(SEQUENCE.incrementAndGet() % 1000));
    }

    public static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheck(String valid) {
        char right = valid.charAt(17);
        char wrong = right == '1' ? '2' : '1';
        return valid.substring(0, 17) + wrong;
    }
}
