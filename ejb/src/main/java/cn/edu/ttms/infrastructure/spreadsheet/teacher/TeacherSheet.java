package cn.edu.ttms.infrastructure.spreadsheet.teacher;

import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.application.teacher.TeacherRow;
import cn.edu.ttms.application.teacher.TeacherSheetResult;
import cn.edu.ttms.domain.model.shared.MessageKeyed;
import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a teacher spreadsheet (a county's or school's list of its teachers) into rows that can be
 * registered, and reports everything wrong with it at once, by row and column, so that the person
 * who uploaded it can fix the file in one pass. It never throws for bad data and never drops a row
 * silently: a row is either in {@link TeacherSheetResult#rows()} or named by a problem.
 *
 * <p>The first non-blank row is the header; columns are found by name ({@link TeacherColumn}).
 * Blank rows are skipped. A teacher is known by identity number, so a number that appears twice in
 * the file is reported on its later rows, and numbers already registered are looked up in one batch
 * for the whole file: 10,000 rows cost one query, not 10,000. School names are looked up once per
 * distinct name.
 */
public final class TeacherSheet {

    /** An argument that the bundle translates by its own key (e.g. {@code gender.FEMALE}). */
    public record BundleKey(String messageKey) implements MessageKeyed {}

    private final Function<String, Optional<Long>> schoolIdByName;
    private final Function<Collection<String>, Set<String>> existingIdentityNumbers;
    private final Clock clock;

    /**
     * @param schoolIdByName the id of the school the user means by a name, if any in their scope
     * @param existingIdentityNumbers which of the given numbers ({@link IdentityNumber#value()}) are
     *     already registered; called at most once per sheet
     * @param clock for "not in the future", read in China's time zone
     */
    public TeacherSheet(
            Function<String, Optional<Long>> schoolIdByName,
            Function<Collection<String>, Set<String>> existingIdentityNumbers,
            Clock clock) {
        this.schoolIdByName = Objects.requireNonNull(schoolIdByName, "schoolIdByName");
        this.existingIdentityNumbers = Objects.requireNonNull(existingIdentityNumbers, "existingIdentityNumbers");
        this.clock = clock.withZone(IdentityNumber.CHINA);
    }

    public TeacherSheet(
            Function<String, Optional<Long>> schoolIdByName,
            Function<Collection<String>, Set<String>> existingIdentityNumbers) {
        this(schoolIdByName, existingIdentityNumbers, Clock.system(IdentityNumber.CHINA));
    }

    /** Reads the sheet's rows as the spreadsheet reader gave them; never throws for bad data. */
    public TeacherSheetResult read(List<SheetRow> sheet) {
        int headerAt = 0;
        while (headerAt < sheet.size() && sheet.get(headerAt).isBlank()) {
            headerAt++;
        }
        if (headerAt == sheet.size()) {
            int row = sheet.isEmpty() ? 1 : sheet.get(0).number();
            return new TeacherSheetResult(List.of(), List.of(ImportProblem.of(row, "", "import.sheet.empty")), 0);
        }
        SheetRow headerRow = sheet.get(headerAt);
        Header header = Header.of(headerRow);
        List<SheetRow> data = new ArrayList<>();
        for (SheetRow row : sheet.subList(headerAt + 1, sheet.size())) {
            if (!row.isBlank()) {
                data.add(row);
            }
        }
        Problems problems = new Problems();
        for (TeacherColumn column : TeacherColumn.values()) {
            if (column.isRequired() && !header.has(column)) {
                problems.add(
                        headerRow.number(),
                        Integer.MAX_VALUE,
                        column.header(),
                        "import.column.missing",
                        column.header());
            }
        }
        if (problems.any()) {
            return new TeacherSheetResult(List.of(), problems.sorted(), data.size());
        }
        List<TeacherRow> valid = readRows(data, header, problems);
        return new TeacherSheetResult(valid, problems.sorted(), data.size());
    }

    private List<TeacherRow> readRows(List<SheetRow> data, Header header, Problems problems) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Optional<Long>> schools = new HashMap<>();
        Function<String, Optional<Long>> cachedSchools = name -> schools.computeIfAbsent(name, schoolIdByName);
        Map<String, Integer> firstRowById = new LinkedHashMap<>();
        List<TeacherRowCheck> checks = new ArrayList<>(data.size());
        for (SheetRow row : data) {
            TeacherRowCheck check = new TeacherRowCheck(row, header, problems, today, cachedSchools);
            check.run();
            if (check.identityNumber() != null) {
                Integer first = firstRowById.putIfAbsent(check.identityNumber().value(), row.number());
                if (first != null) {
                    check.problem(
                            TeacherColumn.IDENTITY_NUMBER, "import.teacher.duplicateInFile", String.valueOf(first));
                }
            }
            checks.add(check);
        }
        Set<String> registered = registeredAmong(firstRowById.keySet());
        List<TeacherRow> valid = new ArrayList<>(checks.size());
        for (TeacherRowCheck check : checks) {
            IdentityNumber id = check.identityNumber();
            if (id != null && firstRowById.get(id.value()) == check.rowNumber() && registered.contains(id.value())) {
                check.problem(TeacherColumn.IDENTITY_NUMBER, "import.teacher.alreadyRegistered");
            }
            check.teacherRow().ifPresent(valid::add);
        }
        return valid;
    }

    /** One look-up for the whole sheet; none when no row has a valid number. */
    private Set<String> registeredAmong(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        Set<String> registered = existingIdentityNumbers.apply(Collections.unmodifiableList(new ArrayList<>(numbers)));
        return registered == null ? Set.of() : registered;
    }

    /** Where each known column stands in the sheet, and its header text as the user wrote it. */
    record Header(Map<TeacherColumn, Integer> positions, Map<TeacherColumn, String> texts) {

        static Header of(SheetRow row) {
            Map<TeacherColumn, Integer> positions = new EnumMap<>(TeacherColumn.class);
            Map<TeacherColumn, String> texts = new EnumMap<>(TeacherColumn.class);
            for (int i = 0; i < row.cells().size(); i++) {
                String text = row.cell(i);
                Optional<TeacherColumn> column = TeacherColumn.matching(text);
                if (column.isPresent() && !positions.containsKey(column.get())) {
                    positions.put(column.get(), i);
                    texts.put(column.get(), text);
                }
            }
            return new Header(positions, texts);
        }

        boolean has(TeacherColumn column) {
            return positions.containsKey(column);
        }

        /** The cell of {@code column} in {@code row}; {@code ""} when the sheet has no such column. */
        String cell(SheetRow row, TeacherColumn column) {
            Integer at = positions.get(column);
            return at == null ? "" : row.cell(at);
        }

        int position(TeacherColumn column) {
            return positions.getOrDefault(column, Integer.MAX_VALUE);
        }

        String text(TeacherColumn column) {
            return texts.getOrDefault(column, column.header());
        }
    }

    /** Problems as found, with the column's place in the sheet for sorting. */
    static final class Problems {
        private record Found(ImportProblem problem, int position) {}

        private final List<Found> found = new ArrayList<>();

        void add(int row, int position, String column, String messageKey, Object... args) {
            found.add(new Found(ImportProblem.of(row, column, messageKey, args), position));
        }

        boolean any() {
            return !found.isEmpty();
        }

        List<ImportProblem> sorted() {
            return found.stream()
                    .sorted(Comparator.comparingInt((Found f) -> f.problem().row())
                            .thenComparingInt(Found::position))
                    .map(Found::problem)
                    .toList();
        }
    }

    static BundleKey label(Gender gender) {
        return new BundleKey(gender.messageKey());
    }
}
