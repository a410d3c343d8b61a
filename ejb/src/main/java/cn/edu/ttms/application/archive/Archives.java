package cn.edu.ttms.application.archive;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.audit.TeacherRecordAccess;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.compliance.Assessment;
import cn.edu.ttms.domain.model.compliance.ComplianceCalculator;
import cn.edu.ttms.domain.model.compliance.ComplianceReport;
import cn.edu.ttms.domain.model.compliance.ResultRecord;
import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.integrity.IntegrityRepository;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultRepository.ResultWithBatch;
import cn.edu.ttms.domain.model.shared.Cycle;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The teacher's training archive and compliance (workflow.md §5, rules.md §1; api.md
 * {@code /teachers/{id}/archive} and {@code /compliance}), for the teacher and for staff in scope,
 * and the compliance of a school or county for its bureau. Only recognised results count as final;
 * signed and reviewed ones show as pending; never-signed ones do not show (art. 20); void ones show
 * as VOID and never count (art. 21). Staff reading a teacher's archive is recorded, as any view of
 * personal data.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN", "TEACHER"})
public class Archives {

    @Inject
    CurrentCaller caller;

    @Inject
    TeacherRepository teachers;

    @Inject
    ResultRepository results;

    @Inject
    IntegrityRepository integrity;

    @Inject
    CreditPolicies policies;

    @Inject
    AuditTrail audit;

    @Inject
    UnitResults unitResults;

    @Inject
    TeacherRecordAccess access;

    public TeacherArchive archive(long teacherId) {
        Teacher teacher = teacher(teacherId);
        List<ArchiveEntry> entries = new ArrayList<>();
        for (ResultWithBatch r : results.ofTeacher(teacherId)) {
            ResultStatus status = r.result().statusIn(r.batchStatus());
            if (status != null) {
                entries.add(entry(r, status));
            }
        }
        return new TeacherArchive(
                teacherId,
                teacher.name(),
                teacher.school().name(),
                teacher.identityNumber().suffix(),
                entries,
                integrity.ofTeacher(teacherId).stream()
                        .map(TeacherArchive.IntegrityEntry::of)
                        .toList(),
                teacher.identityNumber().valid());
    }

    /**
     * The cycle starting in that year and each of its years, under the policy for the teacher's school;
     * the years after this one are not due yet.
     */
    public ComplianceReport compliance(long teacherId, int cycleStart) {
        Teacher teacher = teacher(teacherId);
        LocalDate today = LocalDate.now();
        CreditPolicy policy = policies.resolve(teacher.schoolPath(), today);
        return new ComplianceCalculator(policy.rules())
                .assess(cycleStart, records(results.ofTeacher(teacherId)), today.getYear());
    }

    /**
     * The cycle that contains today, under the policy for the teacher's school: the default of the pages.
     * Not a view of the teacher's data (the archive or compliance read with it is): no entry of its own,
     * else each opening of the archive page counted three times in 谁查看了我的档案.
     */
    public int currentCycleStart(long teacherId) {
        Teacher teacher = teachers.find(teacherId, caller.get().scope())
                .orElseThrow(() -> new RecordNotFound("Teacher", teacherId));
        return policies.resolve(teacher.schoolPath(), LocalDate.now())
                .rules()
                .cycleContaining(LocalDate.now().getYear())
                .firstYear();
    }

    /**
     * The compliance of every teacher of a school or county in scope: for the cycle, or for one year of
     * it when {@code year} is given. Non-compliant teachers first, the largest number of shortfalls first.
     */
    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
    public UnitCompliance ofUnit(long unitId, int cycleStart, Integer year) {
        Organisation unit = unitResults.inScope(unitId);
        CreditPolicy policy = policies.resolve(unit.path(), LocalDate.now());
        ComplianceCalculator calculator = new ComplianceCalculator(policy.rules());
        Cycle cycle = policy.rules().cycleStartingIn(cycleStart);
        if (year != null && !cycle.contains(year)) {
            throw new cn.edu.ttms.domain.model.shared.Invalid(
                    "error.compliance.yearOutsideCycle",
                    year + " is not in the cycle " + cycle,
                    year,
                    cycle.firstYear(),
                    cycle.lastYear());
        }
        UnitResults.Unit read = unitResults.read(unit, cycle.firstYear(), cycle.lastYear());
        List<TeacherRepository.Member> members = read.members();
        List<UnitCompliance.TeacherStanding> standings = new ArrayList<>();
        int compliant = 0;
        for (TeacherRepository.Member t : members) {
            ComplianceReport report = calculator.assess(
                    cycleStart, records(read.of(t.id())), LocalDate.now().getYear());
            Assessment judged = year == null ? null : report.year(year);
            boolean ok = year == null ? report.compliant() : judged.compliant();
            List<cn.edu.ttms.domain.model.compliance.RequirementRow> rows =
                    year == null ? report.cycleAssessment().rows() : judged.rows();
            if (ok) {
                compliant++;
            }
            standings.add(new UnitCompliance.TeacherStanding(t.id(), t.name(), t.schoolName(), ok, rows));
        }
        standings.sort(Comparator.comparing(UnitCompliance.TeacherStanding::compliant)
                .thenComparing(s -> -s.shortfalls().size())
                .thenComparing(UnitCompliance.TeacherStanding::name));
        audit.record(
                AuditAction.VIEW,
                "Organisation",
                unitId,
                unit.path(),
                "compliance " + cycleStart + (year == null ? "" : " year " + year) + ", " + members.size()
                        + " teachers");
        return new UnitCompliance(
                unitId, unit.name(), cycle.firstYear(), cycle.lastYear(), year, members.size(), compliant, standings);
    }

    /**
     * As {@link #ofUnit} for the compliance sheet (达标统计): the file discloses every teacher in it, so
     * each gets an EXPORT entry, in this transaction, which the teacher reads in "谁查看了我的档案".
     */
    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
    public UnitCompliance exportOfUnit(long unitId, int cycleStart, Integer year) {
        UnitCompliance c = ofUnit(unitId, cycleStart, year);
        access.exported(
                c.standings().stream()
                        .map(UnitCompliance.TeacherStanding::teacherId)
                        .toList(),
                TeacherRecordAccess.Export.COMPLIANCE,
                c.unitName() + " " + (year == null ? c.cycleFirstYear() + "–" + c.cycleLastYear() : year));
        return c;
    }

    private Teacher teacher(long teacherId) {
        Teacher teacher = teachers.find(teacherId, caller.get().scope())
                .orElseThrow(() -> new RecordNotFound("Teacher", teacherId));
        if (!Objects.equals(teacher.id(), caller.get().teacherId())) {
            audit.record(AuditAction.VIEW, "Teacher", teacherId, teacher.schoolPath(), "training archive");
        }
        return teacher;
    }

    /** What the compliance report counts: every shown result (recognised, pending or void). */
    public static List<ResultRecord> records(List<ResultWithBatch> rows) {
        return ResultWithBatch.records(rows);
    }

    static ArchiveEntry entry(ResultWithBatch r, ResultStatus status) {
        var x = r.result();
        return new ArchiveEntry(
                x.id(),
                x.projectId(),
                r.projectCode(),
                r.projectName(),
                x.year(),
                r.level(),
                r.selection(),
                x.hours(),
                x.countedHours(),
                x.score(),
                x.grade(),
                x.credits(),
                x.modules().stream()
                        .map(m -> new ResultRow.ModuleShareView(m.module().name(), m.hours(), m.credits()))
                        .toList(),
                status,
                x.policyId(),
                x.policyVersion(),
                r.batchId(),
                x.voidReason());
    }
}
