package cn.edu.ttms.domain.model.shared;

/**
 * Whether a project was assigned or chosen (art. 7). At least 60 % of a teacher's cycle credits
 * must come from self-selected projects (the share is policy data).
 */
public enum Selection implements MessageKeyed {
    /** 指令性学习项目: set by a bureau. */
    DIRECTIVE,
    /** 自主选学项目: chosen by the teacher, or by a bureau/school from upper-level offerings. */
    SELF_SELECTED;

    @Override
    public String messageKey() {
        return "selection." + name();
    }
}
