package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/**
 * Who approves a teacher's application to a self-selected project (workflow.md §2: "the approval chain
 * (school, then county; configurable per project)").
 */
public enum ApprovalChain implements MessageKeyed {
    /** One approval by staff over the teacher's unit: the school or the county, whoever decides first. */
    UNIT,
    /** The school approves first; then the county (or a bureau above it) gives the final approval. */
    SCHOOL_THEN_COUNTY;

    @Override
    public String messageKey() {
        return "approvalChain." + name();
    }
}
