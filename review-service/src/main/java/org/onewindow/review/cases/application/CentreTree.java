package org.onewindow.review.cases.application;

import java.util.List;
import java.util.Set;

import org.onewindow.platform.kernel.CaseNumber;

/**
 * Review's replica of the catalog's centre tree and of where item versions are delegated below city level: what a
 * window clerk's {@code centre-and-below} scope is decided on (docs/security.md, "Scopes").
 */
public interface CentreTree {

    /** Where an item version may be applied for below city level (a level, a mode, the centres; none = all). */
    record Delegation(String level, String mode, List<String> centres) {

        public Delegation {
            centres = List.copyOf(centres);
        }
    }

    /** Records a centre as the catalog announced it (a replayed event rewrites the same row). */
    void centreChanged(String code, String parentCode, String level);

    /** Records the delegations of one item version, replacing what was recorded of it. */
    void delegationsChanged(String itemCode, int itemVersion, List<Delegation> delegations);

    /**
     * Whether the case was submitted at a centre below one of {@code tops} in the tree where the case's item version
     * (when never seen, the latest version seen of the item) is delegated to that centre.
     */
    boolean delegatedBelow(CaseNumber caseNumber, Set<String> tops);
}
