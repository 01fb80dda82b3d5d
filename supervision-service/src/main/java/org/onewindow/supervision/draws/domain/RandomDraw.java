package org.onewindow.supervision.draws.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;

/**
 * 双随机: picks holders to inspect and inspectors to send, both at random from one seed. Anyone holding the seed,
 * the candidates and the pool can repeat the draw and get the same result: candidates and pool are put in a
 * canonical order first, and the shuffle uses {@link Random}, whose algorithm the JDK specifies.
 */
public final class RandomDraw {

    /** Law-enforcement inspections are made by at least two officers (执法人员不少于两人). */
    public static final int MIN_INSPECTORS = 2;

    private RandomDraw() {
    }

    /**
     * @param candidates    ids of the holders that may be drawn (any order)
     * @param inspectorPool user ids of the inspectors that may be sent (any order; duplicates ignored)
     * @throws RuleViolation listing every count that cannot be met
     */
    public static Drawn draw(long seed, List<String> candidates, List<String> inspectorPool, int holdersCount,
            int inspectorsCount) {
        List<String> holders = new ArrayList<>(new TreeSet<>(candidates));
        List<String> inspectors = new ArrayList<>(new TreeSet<>(inspectorPool));
        List<Violation> violations = new ArrayList<>();
        if (holdersCount < 1) {
            violations.add(new Violation("holdersCount", "draw.holders-count", "draw at least one holder"));
        } else if (holdersCount > holders.size()) {
            violations.add(new Violation("holdersCount", "draw.not-enough-holders",
                    holdersCount + " holders requested but only " + holders.size() + " claimed records can be drawn"));
        }
        if (inspectorsCount < MIN_INSPECTORS) {
            violations.add(new Violation("inspectorsCount", "draw.inspectors-count",
                    "an inspection needs at least " + MIN_INSPECTORS + " inspectors"));
        } else if (inspectorsCount > inspectors.size()) {
            violations.add(new Violation("inspectorPool", "draw.not-enough-inspectors",
                    inspectorsCount + " inspectors requested but the pool has " + inspectors.size()));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        Random random = new Random(seed);
        shuffle(holders, random);
        shuffle(inspectors, random);
        return new Drawn(seed, List.copyOf(holders.subList(0, holdersCount)),
                List.copyOf(inspectors.subList(0, inspectorsCount)));
    }

    /** Fisher–Yates with {@link Random#nextInt(int)}: fixed by the JDK specification, unlike Collections.shuffle. */
    private static void shuffle(List<String> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    /** What a draw picked. */
    public record Drawn(long seed, List<String> holders, List<String> inspectors) {
    }
}
