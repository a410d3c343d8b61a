package cn.edu.ttms.application.result;

import cn.edu.ttms.domain.model.shared.Grade;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a row of the results grid would record if saved now (issue 17 item 4): the policy's hours, grade,
 * credits and module split for the hours and score as typed, under the policy the save would use.
 * Nothing is written.
 *
 * @param computed false when the row has no score yet: the figures are then null
 */
public record ResultPreview(
        boolean computed,
        BigDecimal hours,
        Grade grade,
        BigDecimal baseCredits,
        BigDecimal performanceCredits,
        BigDecimal credits,
        List<ResultRow.ModuleShareView> modules,
        Integer policyVersion)
        implements Serializable {

    public ResultPreview {
        modules = modules == null ? List.of() : List.copyOf(modules);
    }
}
