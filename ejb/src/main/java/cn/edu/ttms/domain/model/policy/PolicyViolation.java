package cn.edu.ttms.domain.model.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in a credit policy, for the policy editor to show next to the offending field.
 * Like a {@link cn.edu.ttms.domain.model.shared.DomainException}, it carries a bundle key and its
 * arguments rather than text, because the editor speaks zh-CN first. An argument may be null when
 * the problem is that a figure is missing.
 */
public record PolicyViolation(String messageKey, List<Object> args) {

    public PolicyViolation {
        Objects.requireNonNull(messageKey, "messageKey");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static PolicyViolation of(String messageKey, Object... args) {
        return new PolicyViolation(messageKey, Arrays.asList(args));
    }
}
