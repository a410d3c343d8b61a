package cn.edu.ttms.interfaces.rest.statistics;

import cn.edu.ttms.application.statistics.Reconciler;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reconciliation of the compliance standings found: teachers, rows that differed, rows fixed, time. */
@Schema(name = "ComplianceReconciliation")
@JsonbPropertyOrder({"teachers", "differences", "fixed", "tookMs"})
public record Reconciliation(long teachers, long differences, long fixed, long tookMs) {

    static Reconciliation of(Reconciler.Outcome o) {
        return new Reconciliation(o.teachers(), o.differences(), o.fixed(), o.tookMs());
    }
}
