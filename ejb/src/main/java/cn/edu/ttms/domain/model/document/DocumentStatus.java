package cn.edu.ttms.domain.model.document;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/** Whether an issued document still states the truth. */
public enum DocumentStatus implements MessageKeyed {
    VALID,
    REVOKED;

    @Override
    public String messageKey() {
        return "documentStatus." + name();
    }
}
