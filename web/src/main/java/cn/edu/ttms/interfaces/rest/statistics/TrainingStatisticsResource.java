package cn.edu.ttms.interfaces.rest.statistics;

import cn.edu.ttms.application.statistics.TrainingReport;
import cn.edu.ttms.application.statistics.TrainingStatistics;
import cn.edu.ttms.interfaces.rest.problem.BadParameter;
import cn.edu.ttms.interfaces.rest.statistics.TrainingStatisticsJson.TrendJson;
import cn.edu.ttms.interfaces.rest.statistics.TrainingStatisticsJson.UnitJson;
import cn.edu.ttms.interfaces.rest.statistics.TrainingStatisticsJson.YearJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/statistics/training} (api.md; issue 19, item 2): trainee places of a unit in the
 * caller's scope for a year, and its trend over years. Staff of the statistics roles only (others
 * 403); a unit out of scope 404; a year without data zeros. The reconciliation of the kept sums behind them
 * (administrators and province officers).
 */
@ApplicationScoped
@Path("v1/statistics/training")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics")
public class TrainingStatisticsResource {

    @Inject
    TrainingStatistics statistics;

    @GET
    @Operation(operationId = "getTrainingStatistics", summary = "单位某年度的培训人次：计划、报名、完成、认定，按级别、类别、承办机构，及下级单位")
    public TrainingStatisticsJson training(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year) {
        return TrainingStatisticsJson.of(statistics.training(unit(unitId), year == null ? thisYear() : year));
    }

    @GET
    @Path("trend")
    @Operation(operationId = "getTrainingTrend", summary = "单位逐年的培训人次（默认近五年）")
    public TrendJson trend(
            @QueryParam("unitId") Long unitId, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        int last = to == null ? thisYear() : to;
        int first = from == null ? last - 4 : from;
        List<TrainingReport.YearFigures> years = statistics.trend(unit(unitId), first, last);
        TrainingReport.UnitRef unit = statistics.unitRef(unitId);
        return new TrendJson(
                new UnitJson(unit.id(), unit.name()),
                years.stream()
                        .map(y -> new YearJson(
                                y.year(),
                                y.figures().planned(),
                                y.figures().enrolled(),
                                y.figures().completed(),
                                y.figures().recognised()))
                        .toList());
    }

    @POST
    @Path("reconciliations")
    @Operation(operationId = "reconcileTrainingTally", summary = "逐年重新统计培训人次、学时学分和受训教师，与已存的汇总核对；fix=false 只核对不修正")
    public TrainingReconciliation reconcile(@QueryParam("fix") @DefaultValue("true") boolean fix) {
        return TrainingReconciliation.of(statistics.reconcile(fix), fix);
    }

    static long unit(Long unitId) {
        if (unitId == null) {
            throw new BadParameter("unitId", "api.expects.whole", null, false, "");
        }
        return unitId;
    }

    static int thisYear() {
        return LocalDate.now().getYear();
    }
}
