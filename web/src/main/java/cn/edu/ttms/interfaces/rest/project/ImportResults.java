package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.application.enrolment.RosterImportReport;
import cn.edu.ttms.application.plan.PlanImportReport;
import cn.edu.ttms.application.plan.PlanRef;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.ImportRowError;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the plan and roster imports (api.md). */
public final class ImportResults {

    private ImportResults() {}

    /** A plan read (and on {@code dryRun=false} imported, then with {@code planId}). */
    @Schema(name = "PlanImportResult")
    @JsonbPropertyOrder({"rows", "projects", "places", "inferences", "errors", "planId"})
    public record PlanResult(
            int rows, int projects, long places, List<Inference> inferences, List<ImportRowError> errors, Long planId) {

        static PlanResult of(PlanImportReport report, Locale locale) {
            return new PlanResult(
                    report.sheet().rowsRead(),
                    report.sheet().projects(),
                    report.sheet().places(),
                    withSamePlans(report, locale),
                    ImportRowError.of(report.problems(), locale),
                    report.planId());
        }
    }

    /**
     * The sheet's inferences; first, when the bureau already has a plan of the year, a warning naming it
     * (at row 1, the title line), which the contract's fields can carry without a new one.
     */
    private static List<Inference> withSamePlans(PlanImportReport report, Locale locale) {
        List<Inference> all = new ArrayList<>();
        for (PlanRef same : report.samePlans()) {
            all.add(new Inference(1, DomainMessages.format(PlanRef.WARNING, same.warningArgs(), locale)));
        }
        report.sheet().inferences().stream()
                .map(i -> new Inference(i.row(), DomainMessages.format(i.messageKey(), i.args(), locale)))
                .forEach(all::add);
        return all;
    }

    /** What the import inferred from a row (a level from a name, days from dates…). */
    @Schema(name = "PlanImportInference")
    @JsonbPropertyOrder({"row", "message"})
    public record Inference(int row, String message) {}

    @Schema(name = "RosterImportResult")
    @JsonbPropertyOrder({"rows", "matched", "enrolled", "errors"})
    public record RosterResult(int rows, int matched, int enrolled, List<ImportRowError> errors) {

        static RosterResult of(RosterImportReport r, Locale locale) {
            return new RosterResult(r.rows(), r.matched(), r.enrolled(), ImportRowError.of(r.problems(), locale));
        }
    }
}
