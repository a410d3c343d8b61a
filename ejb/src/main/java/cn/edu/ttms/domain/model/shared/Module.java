package cn.edu.ttms.domain.model.shared;

/**
 * A content module (模块, art. 6). Art. 11 sets a credit minimum per module for the cycle and for
 * each year. (Art. 6 also names 教师心理健康诊断与策略 — a project theme without its own minimum.)
 */
public enum Module implements MessageKeyed {
    /** 专业理念与师德. */
    ETHICS,
    /** 专业知识. */
    KNOWLEDGE,
    /** 专业能力. */
    COMPETENCE,
    /** 班级管理. */
    CLASS_MANAGEMENT,
    /** 校本研修. */
    SCHOOL_BASED;

    @Override
    public String messageKey() {
        return "module." + name();
    }
}
