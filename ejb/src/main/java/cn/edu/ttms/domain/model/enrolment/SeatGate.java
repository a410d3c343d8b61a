package cn.edu.ttms.domain.model.enrolment;

import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;

/**
 * What the first look at a nomination needs, read in one statement: who may see the project, its
 * status and capacity, the seats left of its whole capacity (null before enrolment opened them) and
 * whether it has rounds. Once a project is full, most of an opening rush is refused from this alone.
 */
public record SeatGate(String ownerPath, ProjectStatus status, int capacity, Integer seatsLeft, boolean hasRounds) {

    /** As {@link TrainingProject#visibleTo(String)}. */
    public boolean visibleTo(String unitPath) {
        return TrainingProject.visibleTo(ownerPath, status, unitPath);
    }

    /** Enrolling with every place of the whole capacity taken. */
    public boolean full() {
        return status == ProjectStatus.ENROLLING && seatsLeft != null && seatsLeft <= 0;
    }

    /**
     * Whether a new entry can only be refused as "full" from this read alone: full, and no round whose
     * lottery would take the entry (or whose pending draw would refuse it for another reason).
     */
    public boolean refusesAsFull() {
        return full() && !hasRounds;
    }
}
