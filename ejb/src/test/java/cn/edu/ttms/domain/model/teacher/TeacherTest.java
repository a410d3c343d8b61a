package cn.edu.ttms.domain.model.teacher;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A number read as stored and flagged is shown, but never registers a teacher (issue 14, finding 4). */
class TeacherTest {

    @Test
    void aFlaggedIdentityNumberRegistersNobody() {
        IdentityNumber flagged = IdentityNumber.stored("530921196709171740");
        assertThrows(IllegalArgumentException.class, () -> new Teacher(flagged, null, null));
    }
}
