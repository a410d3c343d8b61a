package cn.edu.ttms.interfaces.rest.statistics;

import cn.edu.ttms.application.statistics.TargetChange;
import cn.edu.ttms.application.statistics.TargetReport;
import cn.edu.ttms.application.statistics.TrainingTargets;
import cn.edu.ttms.domain.model.targets.TrainingTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/statistics/targets} (issue 19, item 3): a bureau's yearly training targets and its actuals
 * against them. Read by the statistics roles in scope, set by bureau staff of the unit or above (others
 * 403, a unit out of scope 404); a target out of range or not a number 422 naming it; a stale version 409.
 */
@ApplicationScoped
@Path("v1/statistics/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "statistics")
public class TargetResource {

    @Inject
    TrainingTargets targets;

    @GET
    @Operation(operationId = "getTrainingTargets", summary = "单位某年度的培训目标与完成情况（分类别人次、骨干教师占比、达标率）")
    public TargetReport get(@QueryParam("unitId") Long unitId, @QueryParam("year") Integer year) {
        return targets.targets(
                TrainingStatisticsResource.unit(unitId), year == null ? TrainingStatisticsResource.thisYear() : year);
    }

    @PUT
    @Operation(operationId = "setTrainingTargets", summary = "设定单位某年度的培训目标（整体替换；携带读取时的 version）")
    public TargetReport set(
            @QueryParam("unitId") Long unitId, @QueryParam("year") Integer year, @NotNull @Valid TargetsUpdate body) {
        List<TrainingTarget.CategoryPlaces> categories = body.categories() == null
                ? List.of()
                : body.categories().stream()
                        .map(c -> new TrainingTarget.CategoryPlaces(c.category(), c.places()))
                        .toList();
        return targets.set(
                TrainingStatisticsResource.unit(unitId),
                year == null ? TrainingStatisticsResource.thisYear() : year,
                new TargetChange(
                        categories,
                        body.keyTeacherCityPercent(),
                        body.keyTeacherCountyPercent(),
                        body.compliancePercent(),
                        body.version()));
    }
}
