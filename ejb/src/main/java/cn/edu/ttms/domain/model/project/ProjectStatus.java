package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/** The life cycle of a training project (workflow.md §1); CANCELLED from any state before IN_PROGRESS. */
public enum ProjectStatus implements MessageKeyed {
    DRAFT,
    SUBMITTED,
    APPROVED,
    PUBLISHED,
    ENROLLING,
    IN_PROGRESS,
    RESULTS_SUBMITTED,
    REVIEWED,
    RECOGNISED,
    ARCHIVED,
    CANCELLED;

    @Override
    public String messageKey() {
        return "projectStatus." + name();
    }
}
