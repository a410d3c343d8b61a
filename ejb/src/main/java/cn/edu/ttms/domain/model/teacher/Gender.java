package cn.edu.ttms.domain.model.teacher;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

public enum Gender implements MessageKeyed {
    MALE,
    FEMALE;

    @Override
    public String messageKey() {
        return "gender." + name();
    }
}
