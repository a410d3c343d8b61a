package cn.edu.ttms.domain.model.enrolment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.project.ProjectStatus;
import org.junit.jupiter.api.Test;

/**
 * The first look at a nomination refuses as "full" only when nothing else could answer: a lottery
 * round would take the entry, a project not enrolling has its own refusal, and seats never opened
 * are opened by the nomination itself. Who may see the project is the project's own rule.
 */
class SeatGateTest {

    private static SeatGate gate(ProjectStatus status, Integer left, boolean rounds) {
        return new SeatGate("/1/2/", status, 70, left, rounds);
    }

    @Test
    void fullOnlyWhenEnrollingWithNoPlaceLeftAndNoRounds() {
        assertTrue(gate(ProjectStatus.ENROLLING, 0, false).refusesAsFull());
        assertFalse(gate(ProjectStatus.ENROLLING, 1, false).refusesAsFull());
        assertFalse(gate(ProjectStatus.ENROLLING, 0, true).refusesAsFull(), "a lottery round may take the entry");
        assertTrue(gate(ProjectStatus.ENROLLING, 0, true).full(), "full all the same, once no round takes it");
        assertFalse(gate(ProjectStatus.ENROLLING, null, false).refusesAsFull(), "seats not opened yet");
        assertFalse(gate(ProjectStatus.PUBLISHED, 0, false).refusesAsFull(), "not enrolling: its own refusal");
    }

    @Test
    void visibleAsTheProjectIs() {
        SeatGate published = gate(ProjectStatus.ENROLLING, 0, false);
        assertTrue(published.visibleTo("/1/2/"));
        assertTrue(published.visibleTo("/1/2/5/"), "a unit under the owner");
        assertTrue(published.visibleTo("/1/"), "the bureau above the owner");
        assertFalse(published.visibleTo("/1/3/"), "a sibling county");
        SeatGate draft = gate(ProjectStatus.DRAFT, null, false);
        assertTrue(draft.visibleTo("/1/2/"));
        assertFalse(draft.visibleTo("/1/2/5/"), "a draft is the owner's alone");
    }
}
