package org.onewindow.intake.applications.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onewindow.intake.applications.domain.MissingMaterial.Problem;
import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.intake.catalog.domain.Material;

/**
 * Compares what was handed in with the item version's required materials. Complete means every required,
 * non-deferrable material is provided and not defective; required deferrable ones that are not usable are owed
 * under 容缺受理 instead of blocking acceptance.
 *
 * @param missing  everything to list in the one-time notice (一次性告知), all at once
 * @param deferred codes of deferrable materials still owed
 */
public record MaterialsCheck(List<MissingMaterial> missing, List<String> deferred) {

    public static MaterialsCheck of(ItemVersion item, Map<String, SubmittedMaterial> submitted) {
        List<MissingMaterial> missing = new ArrayList<>();
        List<String> deferred = new ArrayList<>();
        for (Material material : item.materials()) {
            if (!material.required()) {
                continue;
            }
            SubmittedMaterial handedIn = submitted.get(material.code());
            if (handedIn != null && handedIn.usable()) {
                continue;
            }
            if (material.deferrable()) {
                deferred.add(material.code());
            } else if (handedIn != null && handedIn.provided()) {
                missing.add(new MissingMaterial(material.code(), material.name(), Problem.DEFECTIVE, handedIn.note()));
            } else {
                missing.add(new MissingMaterial(material.code(), material.name(), Problem.MISSING, null));
            }
        }
        return new MaterialsCheck(List.copyOf(missing), List.copyOf(deferred));
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
