package cn.edu.ttms.application.teacher;

import cn.edu.ttms.application.account.TeacherAccounts;
import cn.edu.ttms.application.audit.AuditBatch;
import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherProfile;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Import of teachers from the bureaus' spreadsheets (xlsx, xls, CSV in UTF-8 or GBK — detected):
 * a preview that names every problem by row and column, then an import that is all-or-nothing
 * unless the user explicitly chose to import the valid rows. Schools are matched by name inside
 * the caller's scope only: a school of another county is an unknown school.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "SCHOOL_ADMIN"})
public class TeacherImport {

    @Inject
    cn.edu.ttms.application.statistics.ComplianceStandings standings;

    @Inject
    TeacherRepository teachers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    AuditBatch auditBatch;

    @Inject
    TeacherAccounts teacherAccounts;

    @Inject
    TeacherSheets sheets;

    public TeacherImportReport preview(byte[] file, String fileName) {
        TeacherSheetResult result = read(file, fileName, schoolsInScope());
        return new TeacherImportReport(result.dataRowsRead(), result.rows().size(), 0, result.problems());
    }

    public TeacherImportReport importTeachers(byte[] file, String fileName, ImportMode mode) {
        return importTeachers(file, fileName, mode, false);
    }

    /**
     * The import; with {@code openAccounts}, the teachers it creates get accounts at once, in the
     * same transaction, waiting in their schools' account sheets ({@link TeacherAccounts}).
     */
    public TeacherImportReport importTeachers(byte[] file, String fileName, ImportMode mode, boolean openAccounts) {
        try {
            return importInto(file, fileName, mode, openAccounts);
        } catch (DomainException refused) {
            audit.importRefused("Teacher", null, caller.get().organisationPath(), fileName, refused);
            throw refused;
        }
    }

    private TeacherImportReport importInto(byte[] file, String fileName, ImportMode mode, boolean openAccounts) {
        Map<Long, Organisation> schools = schoolsInScope();
        TeacherSheetResult result = read(file, fileName, schools);
        if (result.hasProblems() && mode == ImportMode.ALL_OR_NOTHING) {
            throw new TeacherImportRefused(
                    new TeacherImportReport(result.dataRowsRead(), result.rows().size(), 0, result.problems()));
        }
        // thousands of inserts: their audit entries are written in one batch, same transaction
        List<Teacher> created = new java.util.ArrayList<>(result.rows().size());
        auditBatch.collect(() -> {
            for (TeacherRow row : result.rows()) {
                TeacherProfile profile = new TeacherProfile(
                        row.name(),
                        row.phone(),
                        row.subject(),
                        row.stage(),
                        row.title(),
                        row.serviceStart(),
                        row.privateSchool(),
                        List.of());
                created.add(teachers.store(new Teacher(row.identityNumber(), schools.get(row.schoolId()), profile)));
            }
            teachers.flush();
        });
        // counted in the compliance statistics from now on (issue 19): a dozen rows each, one statement per 400
        standings.refresh(created.stream().map(Teacher::id).toList());
        int accountsOpened = openAccounts
                ? teacherAccounts
                        .openForTeachers(created.stream().map(Teacher::id).toList())
                        .created()
                : 0;
        audit.record(
                AuditAction.IMPORT,
                "Teacher",
                null,
                caller.get().organisationPath(),
                fileName + ": " + result.rows().size() + " imported of " + result.dataRowsRead() + " rows, mode "
                        + mode);
        return new TeacherImportReport(
                result.dataRowsRead(), result.rows().size(), result.rows().size(), result.problems(), accountsOpened);
    }

    private TeacherSheetResult read(byte[] file, String fileName, Map<Long, Organisation> schools) {
        Map<String, Long> byName = new HashMap<>();
        schools.values().forEach(s -> byName.putIfAbsent(s.name(), s.id()));
        return sheets.read(file, fileName, name -> Optional.ofNullable(byName.get(name)), teachers::registeredAmong);
    }

    private Map<Long, Organisation> schoolsInScope() {
        DataScope scope = caller.scope();
        Map<Long, Organisation> schools = new HashMap<>();
        if (scope.kind() != DataScope.Kind.SUBTREE) {
            return schools;
        }
        Organisation top = organisations.find(caller.get().organisationId()).orElseThrow();
        for (Organisation o : organisations.findSubtree(top)) {
            if (o.kind() == OrganisationKind.SCHOOL && !o.isClosed()) {
                schools.put(o.id(), o);
            }
        }
        return schools;
    }
}
