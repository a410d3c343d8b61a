package cn.edu.ttms.interfaces.rest.statistics;

import cn.edu.ttms.application.statistics.TrainingReport;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code GET /api/v1/statistics/training} (api.md): trainee places planned (the unit's
 * plans), enrolled, completed and recognised (its teachers), by level and category as api.md has them,
 * and further fields for the statistics pages.
 */
@Schema(name = "TrainingStatistics", description = "单位某年度的培训统计（培训人次）")
public record TrainingStatisticsJson(
        UnitJson unit,
        int year,
        @Schema(description = "本单位及下级计划的培训人次（含已取消项目）") long planned,
        @Schema(description = "本单位教师报名成功的人次（不含已取消项目）") long enrolled,

        @Schema(description = "本单位教师完成培训的人次（成绩经主持人确认、未作废、非不合格）")
        long completed,

        @Schema(description = "其中成绩已认定的人次") long recognised,
        List<LevelJson> byLevel,
        List<CategoryJson> byCategory,
        List<HostJson> byHost,

        @Schema(description = "本单位及下级组织的项目：计划、报名、完成、认定人次（不论学员属哪个单位）")
        FiguresJson organised,

        @Schema(description = "完成培训的学时合计") BigDecimal hoursDelivered,
        @Schema(description = "已认定成绩的学分合计") BigDecimal creditsDelivered,
        long cancelled,
        long cancelledForTooFewTrainees,
        long placesCancelledForTooFewTrainees,
        long teachers,
        long trainedTeachers,
        @Schema(description = "当年有认定成绩的教师占比（%）") BigDecimal shareTrained,
        List<LevelShareJson> shareTrainedByLevel,
        List<ChildJson> children) {

    public record UnitJson(long id, String name) {
        static UnitJson of(TrainingReport.UnitRef u) {
            return new UnitJson(u.id(), u.name());
        }
    }

    public record FiguresJson(long planned, long enrolled, long completed, long recognised) {
        static FiguresJson of(TrainingReport.Figures f) {
            return new FiguresJson(f.planned(), f.enrolled(), f.completed(), f.recognised());
        }
    }

    public record LevelJson(String level, long planned, long enrolled, long completed, long recognised) {}

    public record CategoryJson(String category, long planned, long enrolled, long completed, long recognised) {}

    public record HostJson(String host, long planned, long enrolled, long completed, long recognised) {}

    public record LevelShareJson(String level, long teachers, BigDecimal share) {}

    public record ChildJson(UnitJson unit, String kind, long planned, long enrolled, long completed, long recognised) {}

    public record YearJson(int year, long planned, long enrolled, long completed, long recognised) {}

    @Schema(name = "TrainingTrend", description = "单位逐年的培训人次")
    public record TrendJson(UnitJson unit, List<YearJson> years) {}

    static TrainingStatisticsJson of(TrainingReport r) {
        TrainingReport.Figures t = r.total();
        return new TrainingStatisticsJson(
                UnitJson.of(r.unit()),
                r.year(),
                t.planned(),
                t.enrolled(),
                t.completed(),
                t.recognised(),
                r.byLevel().stream()
                        .map(g -> new LevelJson(
                                g.key(),
                                g.figures().planned(),
                                g.figures().enrolled(),
                                g.figures().completed(),
                                g.figures().recognised()))
                        .toList(),
                r.byCategory().stream()
                        .map(g -> new CategoryJson(
                                g.key(),
                                g.figures().planned(),
                                g.figures().enrolled(),
                                g.figures().completed(),
                                g.figures().recognised()))
                        .toList(),
                r.byHost().stream()
                        .map(g -> new HostJson(
                                g.key(),
                                g.figures().planned(),
                                g.figures().enrolled(),
                                g.figures().completed(),
                                g.figures().recognised()))
                        .toList(),
                FiguresJson.of(r.organised()),
                r.hoursDelivered(),
                r.creditsDelivered(),
                r.cancelled(),
                r.cancelledForTooFewTrainees(),
                r.placesCancelledForTooFewTrainees(),
                r.teachers(),
                r.trainedTeachers(),
                r.shareTrained(),
                r.shareTrainedByLevel().stream()
                        .map(s -> new LevelShareJson(s.level(), s.teachers(), s.share()))
                        .toList(),
                r.children().stream()
                        .map(c -> new ChildJson(
                                UnitJson.of(c.unit()),
                                c.kind(),
                                c.figures().planned(),
                                c.figures().enrolled(),
                                c.figures().completed(),
                                c.figures().recognised()))
                        .toList());
    }
}
