package cn.edu.ttms.domain.model.shared;

import java.util.List;

/** A refusal that lists every problem found, not only the first (the REST layer lists them as errors). */
public interface HasViolations {

    List<Violation> violations();
}
