package cn.edu.ttms.infrastructure.spreadsheet.teacher;

import static cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherColumn.GENDER;
import static cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherColumn.IDENTITY_NUMBER;
import static cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherColumn.NAME;
import static cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherColumn.PHONE;
import static cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherColumn.PRIVATE_SCHOOL;
import static cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherColumn.SCHOOL;
import static cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherColumn.SERVICE_START;
import static cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherColumn.STAGE;
import static cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherColumn.SUBJECT;
import static cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherColumn.TITLE;

import cn.edu.ttms.application.teacher.TeacherRow;
import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.InvalidIdentityNumber;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checks of one data row of a teacher sheet, cell by cell, each cell reported at most once.
 * Every cell is checked even after the first problem, so the user sees all of a row's faults.
 */
final class TeacherRowCheck {

    private static final int NAME_MAX = 50;
    private static final int SUBJECT_MAX = 20;
    private static final int TITLE_MAX = 20;

    private final SheetRow row;
    private final TeacherSheet.Header header;
    private final TeacherSheet.Problems problems;
    private final LocalDate today;
    private final Function<String, Optional<Long>> schoolIdByName;

    private boolean failed;
    private String name;
    private IdentityNumber identityNumber;
    private Gender gender;
    private String phone;
    private String schoolName;
    private Long schoolId;
    private String subject;
    private SchoolStage stage;
    private String title;
    private LocalDate serviceStart;
    private boolean privateSchool;

    TeacherRowCheck(
            SheetRow row,
            TeacherSheet.Header header,
            TeacherSheet.Problems problems,
            LocalDate today,
            Function<String, Optional<Long>> schoolIdByName) {
        this.row = row;
        this.header = header;
        this.problems = problems;
        this.today = today;
        this.schoolIdByName = schoolIdByName;
    }

    void run() {
        name = text(NAME, true, NAME_MAX);
        readIdentityNumber();
        readGender();
        readPhone();
        readSchool();
        subject = text(SUBJECT, true, SUBJECT_MAX);
        readStage();
        title = text(TITLE, false, TITLE_MAX);
        readServiceStart();
        readPrivateSchool();
    }

    int rowNumber() {
        return row.number();
    }

    /** The row's identity number when it is valid, whatever else is wrong with the row. */
    IdentityNumber identityNumber() {
        return identityNumber;
    }

    void problem(TeacherColumn column, String messageKey, Object... args) {
        failed = true;
        problems.add(row.number(), header.position(column), header.text(column), messageKey, args);
    }

    Optional<TeacherRow> teacherRow() {
        if (failed) {
            return Optional.empty();
        }
        return Optional.of(new TeacherRow(
                row.number(),
                name,
                gender,
                identityNumber,
                phone,
                schoolId,
                schoolName,
                subject,
                stage,
                title,
                serviceStart,
                privateSchool));
    }

    private String text(TeacherColumn column, boolean required, int max) {
        String text = header.cell(row, column);
        if (text.isEmpty()) {
            if (required) {
                problem(column, "import.field.missing");
            }
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            problem(column, "import.field.tooLong", String.valueOf(max), String.valueOf(length));
            return null;
        }
        return text;
    }

    private void readIdentityNumber() {
        String text = header.cell(row, IDENTITY_NUMBER);
        if (text.isEmpty()) {
            problem(IDENTITY_NUMBER, "import.field.missing");
            return;
        }
        try {
            identityNumber = IdentityNumber.of(text, today);
        } catch (InvalidIdentityNumber e) {
            problem(IDENTITY_NUMBER, e.messageKey(), e.args().toArray());
        }
    }

    /** Optional, because the identity number says it; when given, the two must agree. */
    private void readGender() {
        String text = header.cell(row, GENDER);
        Gender implied = identityNumber == null ? null : identityNumber.gender();
        if (text.isEmpty()) {
            gender = implied;
            return;
        }
        gender = TeacherCells.gender(text);
        if (gender == null) {
            problem(GENDER, "import.teacher.badGender", text);
        } else if (implied != null && gender != implied) {
            problem(GENDER, "import.teacher.genderMismatch", text, TeacherSheet.label(implied));
        }
    }

    private void readPhone() {
        String text = header.cell(row, PHONE);
        if (!text.isEmpty()) {
            phone = TeacherCells.phone(text);
            if (phone == null) {
                problem(PHONE, "import.teacher.badPhone", text);
            }
        }
    }

    private void readSchool() {
        schoolName = text(SCHOOL, true, Integer.MAX_VALUE);
        if (schoolName != null) {
            schoolId = schoolIdByName.apply(schoolName).orElse(null);
            if (schoolId == null) {
                problem(SCHOOL, "import.teacher.unknownSchool", schoolName);
            }
        }
    }

    private void readStage() {
        String text = header.cell(row, STAGE);
        if (text.isEmpty()) {
            problem(STAGE, "import.field.missing");
            return;
        }
        stage = TeacherCells.stage(text);
        if (stage == null) {
            problem(STAGE, "import.teacher.badStage", text);
        }
    }

    private void readServiceStart() {
        String text = header.cell(row, SERVICE_START);
        if (text.isEmpty()) {
            return;
        }
        serviceStart = TeacherCells.date(text);
        if (serviceStart == null) {
            problem(SERVICE_START, "import.teacher.badDate", text);
        } else if (serviceStart.isAfter(today)) {
            problem(SERVICE_START, "import.teacher.futureDate", text);
        }
    }

    private void readPrivateSchool() {
        String text = header.cell(row, PRIVATE_SCHOOL);
        if (!text.isEmpty()) {
            Boolean yes = TeacherCells.yesNo(text);
            if (yes == null) {
                problem(PRIVATE_SCHOOL, "import.teacher.badYesNo", text);
            } else {
                privateSchool = yes;
            }
        }
    }
}
