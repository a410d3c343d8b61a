package cn.edu.ttms.infrastructure.spreadsheet.enrolment;

import cn.edu.ttms.application.enrolment.RegisteredTeacher;
import cn.edu.ttms.application.enrolment.RosterMatch;
import cn.edu.ttms.application.enrolment.RosterSheetResult;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.InvalidIdentityNumber;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherColumn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads an uploaded roster (参培学员名单: a host institution's or a bureau's list of trainees) and
 * matches each row to the registry by identity number, reporting every problem by row and column at
 * once: a missing or invalid number, a number twice in the file, a number nobody registered, a
 * teacher the uploader may not enrol, a name that is not the registered one. It never throws for bad
 * data and never drops a row silently: a row is a {@link RosterMatch} or named by a problem.
 *
 * <p>The header is the first row, among the first {@value #HEADER_SEARCH_ROWS} non-blank ones, with
 * a 身份证号 column (in any of its usual spellings, {@link TeacherColumn}), so that the exported roster,
 * which has a title line above its header, uploads back as it is. 姓名 is required too; other columns
 * (序号, 学校, 备注…) are ignored. The registry is asked once for the whole sheet.
 */
public final class RosterSheet {

    static final int HEADER_SEARCH_ROWS = 10;

    private final Function<Collection<String>, Map<String, RegisteredTeacher>> registered;
    private final Predicate<String> mayEnrol;
    private final Clock clock;

    /**
     * @param registered the registered teachers among these identity numbers ({@link IdentityNumber#value()}),
     *     anywhere in the registry, by number; called at most once per sheet
     * @param mayEnrol whether the uploader may enrol a teacher of the unit at this path
     * @param clock for "a birth date not in the future", read in China's time zone
     */
    public RosterSheet(
            Function<Collection<String>, Map<String, RegisteredTeacher>> registered,
            Predicate<String> mayEnrol,
            Clock clock) {
        this.registered = Objects.requireNonNull(registered, "registered");
        this.mayEnrol = Objects.requireNonNull(mayEnrol, "mayEnrol");
        this.clock = clock.withZone(IdentityNumber.CHINA);
    }

    public RosterSheet(
            Function<Collection<String>, Map<String, RegisteredTeacher>> registered, Predicate<String> mayEnrol) {
        this(registered, mayEnrol, Clock.system(IdentityNumber.CHINA));
    }

    public RosterSheetResult read(List<SheetRow> sheet) {
        List<SheetRow> nonBlank = sheet.stream().filter(r -> !r.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            return new RosterSheetResult(List.of(), List.of(ImportProblem.of(1, "", "import.sheet.empty")), 0);
        }
        Header header = null;
        int headerAt = 0;
        for (; headerAt < Math.min(HEADER_SEARCH_ROWS, nonBlank.size()); headerAt++) {
            header = Header.of(nonBlank.get(headerAt));
            if (header.id >= 0) {
                break;
            }
        }
        String idHeader = TeacherColumn.IDENTITY_NUMBER.header();
        String nameHeader = TeacherColumn.NAME.header();
        if (header == null || header.id < 0) {
            return new RosterSheetResult(
                    List.of(),
                    List.of(ImportProblem.of(nonBlank.get(0).number(), idHeader, "import.column.missing", idHeader)),
                    Math.max(0, nonBlank.size() - 1));
        }
        List<SheetRow> data = nonBlank.subList(headerAt + 1, nonBlank.size());
        if (header.name < 0) {
            return new RosterSheetResult(
                    List.of(),
                    List.of(ImportProblem.of(
                            nonBlank.get(headerAt).number(), nameHeader, "import.column.missing", nameHeader)),
                    data.size());
        }
        return readRows(data, header);
    }

    private RosterSheetResult readRows(List<SheetRow> data, Header header) {
        LocalDate today = LocalDate.now(clock);
        Problems problems = new Problems(header);
        Map<String, Integer> firstRowById = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (SheetRow row : data) {
            String idText = row.cell(header.id);
            String name = row.cell(header.name);
            IdentityNumber id = null;
            if (idText.isEmpty()) {
                problems.onId(row, "import.field.missing");
            } else {
                try {
                    id = IdentityNumber.of(idText, today);
                } catch (InvalidIdentityNumber e) {
                    problems.onId(row, e.messageKey(), e.args().toArray());
                }
            }
            if (name.isEmpty()) {
                problems.onName(row, "import.field.missing");
            }
            if (id != null) {
                Integer first = firstRowById.putIfAbsent(id.value(), row.number());
                if (first != null) {
                    problems.onId(row, "import.teacher.duplicateInFile", String.valueOf(first));
                } else if (!name.isEmpty()) {
                    candidates.add(new Candidate(row, id.value(), name));
                }
            }
        }
        Map<String, RegisteredTeacher> found = candidates.isEmpty()
                ? Map.of()
                : Optional.ofNullable(registered.apply(List.copyOf(firstRowById.keySet())))
                        .orElse(Map.of());
        List<RosterMatch> matches = new ArrayList<>();
        for (Candidate c : candidates) {
            RegisteredTeacher teacher = found.get(c.id());
            if (teacher == null) {
                problems.onId(c.row(), "roster.import.unknown");
            } else if (!mayEnrol.test(teacher.unitPath())) {
                problems.onId(c.row(), "roster.import.outOfScope");
            } else if (!sameName(c.name(), teacher.name())) {
                problems.onName(c.row(), "roster.import.nameMismatch", c.name());
            } else if (!problems.has(c.row())) {
                matches.add(new RosterMatch(c.row().number(), teacher.teacherId(), teacher.unitPath()));
            }
        }
        return new RosterSheetResult(matches, problems.sorted(), data.size());
    }

    /**
     * Names compared as people read them: spaces anywhere ignored (张 三 is 张三), and the middle dot of
     * minority names in any of its look-alikes (· • ・ ．).
     */
    static boolean sameName(String typed, String registered) {
        return normaliseName(typed).equals(normaliseName(registered));
    }

    static String normaliseName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(
                    c == '\u2022' || c == '\u30FB' || c == '\uFF0E' || c == '\u2027' || c == '\uFF65' ? '\u00B7' : c);
        }
        return out.toString();
    }

    private record Candidate(SheetRow row, String id, String name) {}

    /** Where 身份证号 and 姓名 stand, and their header texts as the user wrote them ({@code -1}: absent). */
    private static final class Header {

        int id = -1;
        int name = -1;
        String idText;
        String nameText;

        static Header of(SheetRow row) {
            Header h = new Header();
            for (int i = 0; i < row.cells().size(); i++) {
                String text = row.cell(i);
                Optional<TeacherColumn> column = TeacherColumn.matching(text);
                if (column.isEmpty()) {
                    continue;
                }
                if (column.get() == TeacherColumn.IDENTITY_NUMBER && h.id < 0) {
                    h.id = i;
                    h.idText = text;
                } else if (column.get() == TeacherColumn.NAME && h.name < 0) {
                    h.name = i;
                    h.nameText = text;
                }
            }
            return h;
        }
    }

    /** Problems as found, sorted by row and then by the column's place in the sheet. */
    private static final class Problems {

        private record Found(ImportProblem problem, int position) {}

        private final Header header;
        private final List<Found> found = new ArrayList<>();
        private final Map<Integer, Boolean> rows = new HashMap<>();

        Problems(Header header) {
            this.header = header;
        }

        void onId(SheetRow row, String key, Object... args) {
            add(row, header.id, header.idText, key, args);
        }

        void onName(SheetRow row, String key, Object... args) {
            add(row, header.name, header.nameText, key, args);
        }

        private void add(SheetRow row, int position, String column, String key, Object... args) {
            found.add(new Found(ImportProblem.of(row.number(), column, key, args), position));
            rows.put(row.number(), true);
        }

        boolean has(SheetRow row) {
            return rows.containsKey(row.number());
        }

        List<ImportProblem> sorted() {
            return found.stream()
                    .sorted(Comparator.comparingInt((Found f) -> f.problem().row())
                            .thenComparingInt(Found::position))
                    .map(Found::problem)
                    .toList();
        }
    }
}
