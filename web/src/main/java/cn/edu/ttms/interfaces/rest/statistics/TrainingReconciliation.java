package cn.edu.ttms.interfaces.rest.statistics;

import cn.edu.ttms.application.statistics.TrainingTally;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a reconciliation of the kept training sums found: slices (a project year and a unit, or a school for the
 * teachers trained) compared, those that differed from a full recount, whether they were rewritten, and the time.
 */
@Schema(name = "TrainingReconciliation")
@JsonbPropertyOrder({"slices", "differences", "fixed", "tookMs"})
public record TrainingReconciliation(long slices, long differences, boolean fixed, long tookMs) {

    static TrainingReconciliation of(TrainingTally.Recount r, boolean fix) {
        return new TrainingReconciliation(r.slices(), r.differences(), fix, r.tookMs());
    }
}
