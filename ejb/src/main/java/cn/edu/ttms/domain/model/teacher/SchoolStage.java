package cn.edu.ttms.domain.model.teacher;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/** 学段: the stage of schooling a teacher teaches. */
public enum SchoolStage implements MessageKeyed {
    PRESCHOOL,
    PRIMARY,
    JUNIOR_SECONDARY,
    SENIOR_SECONDARY,
    VOCATIONAL,
    SPECIAL_EDUCATION;

    @Override
    public String messageKey() {
        return "schoolStage." + name();
    }
}
