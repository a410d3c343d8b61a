package cn.edu.ttms.domain.model.targets;

import java.util.Optional;

/** The yearly training targets of bureaus. */
public interface TargetRepository {

    /** The targets a unit set for a year, if any. */
    Optional<TrainingTarget> find(long unitId, int year);

    /** Keeps new targets; changes to found ones are kept at commit. */
    TrainingTarget store(TrainingTarget target);

    /** Writes pending changes now, so that the new version is known. */
    void flush();
}
