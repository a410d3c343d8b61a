package cn.edu.ttms.interfaces.rest.statistics;

import cn.edu.ttms.application.statistics.ComplianceStatistics;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.params.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/statistics/compliance} (api.md; issue 19, items 1 and 5): the compliance figures of a unit
 * in scope and of its child units, read from the kept standings; the unit's teachers with their shortfalls;
 * and the reconciliation of the standings with a full recomputation.
 */
@ApplicationScoped
@Path("v1/statistics/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics")
public class ComplianceStatisticsResource {

    @Inject
    ComplianceStatistics statistics;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "getComplianceStatistics", summary = "单位的达标统计：教师数、达标数、达标率，及各下级单位、学段、学科、称号和未达标最多的要求")
    public ComplianceStatisticsView figures(
            @Parameter(description = "单位；缺省为调用者所在单位") @QueryParam("unitId") Long unitId,
            @Parameter(description = "周期起始年；缺省为当前周期") @QueryParam("cycleStart") Integer cycleStart,
            @Parameter(description = "周期内的一个年度；缺省为整个周期") @QueryParam("year") Integer year) {
        return ComplianceStatisticsView.of(statistics.ofUnit(unitId, cycleStart, year), locale());
    }

    @GET
    @Path("teachers")
    @Operation(operationId = "listComplianceTeachers", summary = "单位的教师及其未达标的要求（分页，未达标者在前）")
    public ComplianceTeacherPage teachers(
            @Parameter(description = "单位；缺省为调用者所在单位") @QueryParam("unitId") Long unitId,
            @Parameter(description = "周期起始年；缺省为当前周期") @QueryParam("cycleStart") Integer cycleStart,
            @Parameter(description = "周期内的一个年度；缺省为整个周期") @QueryParam("year") Integer year,
            @BeanParam Paging paging) {
        return ComplianceTeacherPage.of(
                statistics.teachers(unitId, cycleStart, year, paging.offset(), paging.size()), locale());
    }

    @POST
    @Path("reconciliations")
    @Operation(operationId = "reconcileComplianceStandings", summary = "重新计算每位教师的达标情况并与已存的统计行核对，修正不一致之处")
    public Reconciliation reconcile() {
        return Reconciliation.of(statistics.reconcile());
    }

    private Locale locale() {
        return DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
