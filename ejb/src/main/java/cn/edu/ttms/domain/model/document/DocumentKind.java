package cn.edu.ttms.domain.model.document;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/** What an issued document is. */
public enum DocumentKind implements MessageKeyed {
    /** 培训学时学分证明: a teacher's results and compliance in one cycle. */
    TRANSCRIPT,
    /** 结业证书: one project completed, recognised and passed. */
    CERTIFICATE;

    @Override
    public String messageKey() {
        return "documentKind." + name();
    }
}
