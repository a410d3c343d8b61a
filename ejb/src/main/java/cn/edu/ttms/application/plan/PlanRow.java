package cn.edu.ttms.application.plan;

import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Level;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One row of an annual plan read without any problem: a project, or a further stage of the project
 * above it (a row without a sequence number). Texts are as written, with words broken by stray
 * spaces rejoined; every such repair and every inferred number is also reported as a {@link
 * PlanInference}.
 *
 * @param row the row number as Excel shows it
 * @param sequence 序号, or {@code null} for a continuation row
 * @param proposingUnit 申报单位, or {@code null} when blank
 * @param category 项目类别, or {@code null} when blank
 * @param name 项目名称 without its code
 * @param code the project code written into the name ({@code D309}), or {@code null}
 * @param formText 培训形式 exactly as written
 * @param form what {@code formText} means ({@link DeliveryFormWords})
 * @param audience 培训对象, or {@code null} when blank
 * @param daysOffSite 异地 days; {@code null} when blank and not inferred
 * @param daysLocal 本地 days; {@code null} when blank and not inferred
 * @param daysTotal 合计 days, as given or inferred from the parts; never {@code null}
 * @param trainees 培训人数, the places of this row (of this stage, for a continuation)
 * @param hosts 承办单位, one entry per institution; empty when blank
 * @param continuationOf for a continuation row, the row number of its project; else {@code null}
 * @param level 项目级别 as the row states it, or {@code null} when the sheet has no such column or the
 *     cell is blank (the project then takes its plan's level)
 */
public record PlanRow(
        int row,
        Integer sequence,
        String proposingUnit,
        String category,
        String name,
        String code,
        String formText,
        DeliveryForm form,
        String audience,
        BigDecimal daysOffSite,
        BigDecimal daysLocal,
        BigDecimal daysTotal,
        int trainees,
        List<String> hosts,
        Integer continuationOf,
        Level level)
        implements Serializable {

    public PlanRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(formText, "formText");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(daysTotal, "daysTotal");
        hosts = List.copyOf(hosts);
        if (trainees < 1) {
            throw new IllegalArgumentException("Row " + row + " plans " + trainees + " trainees");
        }
        if ((sequence == null) == (continuationOf == null)) {
            throw new IllegalArgumentException(
                    "Row " + row + " needs either a sequence number or the row it continues");
        }
    }

    /** True for a row without a sequence number: a further stage of the project above. */
    public boolean isContinuation() {
        return continuationOf != null;
    }
}
