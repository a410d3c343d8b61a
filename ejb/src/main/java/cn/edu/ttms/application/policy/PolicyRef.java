package cn.edu.ttms.application.policy;

import cn.edu.ttms.domain.model.policy.CreditPolicy;

/** Which policy version a figure was computed under: {"id", "name", "version"} in the API. */
public record PolicyRef(long id, String name, int version) implements java.io.Serializable {

    static PolicyRef of(CreditPolicy p) {
        return new PolicyRef(p.id(), p.name(), p.versionNo());
    }
}
