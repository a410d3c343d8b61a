package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/** Whether a course of a project's curriculum is required (必修) or elective (选修). */
public enum CourseKind implements MessageKeyed {
    REQUIRED,
    ELECTIVE;

    @Override
    public String messageKey() {
        return "courseKind." + name();
    }
}
