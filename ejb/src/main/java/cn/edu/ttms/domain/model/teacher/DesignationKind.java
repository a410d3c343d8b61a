package cn.edu.ttms.domain.model.teacher;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/** Honours a teacher holds, each at a level and from a year: 骨干教师, 学科带头人, 名师. */
public enum DesignationKind implements MessageKeyed {
    KEY_TEACHER,
    SUBJECT_LEADER,
    MASTER_TEACHER;

    @Override
    public String messageKey() {
        return "designation." + name();
    }
}
