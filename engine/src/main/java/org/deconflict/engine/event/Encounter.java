package org.deconflict.engine.event;

import java.util.List;
import java.util.Set;

import org.deconflict.engine.ingest.TargetKey;

/**
 * The state of one encounter between two targets ({@code a} has the lower key). Minimum separations are taken over the
 * whole encounter; {@code closest} is the sample with the smallest slant range.
 *
 * @param id               deterministic: type, both keys and start time
 * @param startNanos       first evaluation at which the condition held
 * @param lastNanos        last evaluation at which the condition held
 * @param minHorizontalM   smallest horizontal distance seen while open, metres
 * @param minVerticalFt    smallest vertical distance seen while open, feet (NaN for ships / unknown)
 * @param prediction       latest prediction (predicted conflict, TCAS, ship CPA), else null
 * @param breaches         thresholds broken and the extreme value reached
 * @param passNumber       low pass: 1-based count of passes by this aircraft over this ship; otherwise 0
 * @param sensitivityLevel TCAS encounters: the sensitivity level applied (2..7); otherwise 0
 */
public record Encounter(String id, EncounterType type, TargetKey a, TargetKey b, long startNanos, long lastNanos,
                        double minHorizontalM, double minVerticalFt, ClosestApproach closest, Prediction prediction,
                        List<Breach> breaches, Severity severity, Set<EncounterFlag> flags, int passNumber,
                        int sensitivityLevel) {

    public Encounter {
        breaches = List.copyOf(breaches);
        flags = Set.copyOf(flags);
    }
}
