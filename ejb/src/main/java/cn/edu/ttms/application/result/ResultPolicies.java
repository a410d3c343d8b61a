package cn.edu.ttms.application.result;

import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.TrainingProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which policy version a class's results are computed under: the one in force for the project's
 * owner when the class ended (rules.md: "the policy in force"), or today for an undated class.
 */
@ApplicationScoped
public class ResultPolicies {

    @Inject
    CreditPolicies policies;

    public CreditPolicy forProject(TrainingProject project) {
        LocalDate on = project.stages().stream()
                .map(ProjectStage::endDate)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(LocalDate.now());
        return policies.resolve(project.ownerPath(), on);
    }
}
