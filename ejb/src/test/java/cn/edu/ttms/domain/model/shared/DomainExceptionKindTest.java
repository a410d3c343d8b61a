package cn.edu.ttms.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.edu.ttms.domain.model.account.AccountSheetReissueRefused;
import cn.edu.ttms.domain.model.attendance.AttendanceRefused;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRefused;
import cn.edu.ttms.domain.model.project.IllegalTransition;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.result.BatchRefused;
import cn.edu.ttms.domain.model.result.BatchStatus;
import cn.edu.ttms.domain.model.result.SignatureMeaning;
import cn.edu.ttms.domain.model.shared.DomainException.Kind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each failure's kind, which alone decides the API's status (404, 403, 409, 422). */
class DomainExceptionKindTest {

    @Test
    void theKindClassesFixTheirKind() {
        assertEquals(Kind.NOT_FOUND, new RecordNotFound("Teacher", 7).kind());
        assertEquals(Kind.FORBIDDEN, new Forbidden("error.account.self", "own account").kind());
        assertEquals(Kind.CONFLICT, new Conflict("error.plan.nameTaken", "taken").kind());
        assertEquals(Kind.INVALID, new Invalid("error.plan.yearRange", "out of range").kind());
        assertEquals(Kind.CONFLICT, new ConcurrentChange("lin", "now", "renamed").kind());
        assertEquals(Kind.CONFLICT, new IllegalTransition(ProjectAction.values()[0], ProjectStatus.DRAFT).kind());
        assertEquals(Kind.CONFLICT, AccountSheetReissueRefused.notFetched(1).kind());
        assertEquals(Kind.CONFLICT, AccountSheetReissueRefused.nothingLeft(1).kind());
        assertEquals(Kind.INVALID, new InvalidHours(BigDecimal.ONE.negate()).kind());
    }

    @Test
    void aFamilyOfRefusalsNamesTheKindOfEach() {
        assertEquals(Kind.CONFLICT, EnrolmentRefused.full(30).kind());
        assertEquals(
                Kind.CONFLICT, EnrolmentRefused.clash("other", Level.COUNTY).kind());
        assertEquals(Kind.INVALID, EnrolmentRefused.notSelfSelected().kind());
        assertEquals(Kind.INVALID, EnrolmentRefused.reasonNeeded().kind());
        assertEquals(Kind.CONFLICT, BatchRefused.notEditable(BatchStatus.SIGNED).kind());
        assertEquals(
                Kind.FORBIDDEN,
                BatchRefused.notYourStep(SignatureMeaning.APPROVE).kind());
        assertEquals(Kind.INVALID, BatchRefused.reasonRequired().kind());
        assertEquals(Kind.FORBIDDEN, AttendanceRefused.notEnrolled("p").kind());
        assertEquals(Kind.FORBIDDEN, AttendanceRefused.notAllowed().kind());
        assertEquals(Kind.CONFLICT, AttendanceRefused.already().kind());
        assertEquals(Kind.INVALID, AttendanceRefused.badToken().kind());
    }
}
