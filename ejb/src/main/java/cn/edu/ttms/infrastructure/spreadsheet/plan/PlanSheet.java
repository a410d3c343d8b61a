package cn.edu.ttms.infrastructure.spreadsheet.plan;

import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.NAME;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.SEQUENCE;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.TRAINEES;

import cn.edu.ttms.application.plan.PlanInference;
import cn.edu.ttms.application.plan.PlanRow;
import cn.edu.ttms.application.plan.PlanSheetResult;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bureau's annual training plan, in the layout of the Chenzhou 2018 table (序号, 申报单位, 项目类别,
 * 项目名称, 培训形式, 培训对象, 培训天数 split into 异地 / 本地 / 合计 on a second header row, 培训人数, 承办单位), taking the
 * table as it is and saying what it had to infer.
 *
 * <p>The header is found by its texts, not its place: the first row naming 序号 and 项目名称, after any
 * title lines; the next non-blank row is the second header row when it names 异地, 本地 or 合计 under
 * 培训天数. Every later row is, if blank, skipped; if it is the sheet's own total line (序号 reading
 * 培训总人次, 合计, 总计…), checked against the rows above it; otherwise a data row, which ends up in {@link
 * PlanSheetResult#rows()} or is named by a problem, never dropped silently. A data row without a
 * sequence number is a further stage of the nearest project above it (the Chenzhou table's stage 2
 * of project 44).
 *
 * <p>How the Chenzhou totals come out: 54 data rows, of which 53 are projects (numbered 1–53) and
 * one is a stage; the places are the sum of 培训人数 over all 54 rows, 7,135 on the numbered rows plus
 * 70 for the stage, 7,205, which is the table's own 培训总人次. The bureau counts person-times (人次): a
 * trainee attending both stages of project 44 is two places, so the stage is counted once, as a
 * stage, and neither dropped nor folded into its project.
 *
 * <p>Never throws for bad data. Stateless and thread-safe.
 */
public final class PlanSheet {

    /** The label of a total line in the 序号 column: 培训总人次, 合计, 总计, 共计… */
    private static final Pattern TOTAL_LABEL = Pattern.compile(".*(合计|总计|共计|总人次|总人数).*");

    private static final Set<String> TOTAL_NAMES = Set.of("合计", "总计", "共计");

    /** A plan year in a title line: {@code 2026年}, {@code 2018 年度}. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s*年");

    /** Reads the sheet's rows as the spreadsheet reader gave them. */
    public PlanSheetResult read(List<SheetRow> rows) {
        int headerAt = findHeader(rows);
        if (headerAt < 0) {
            int row = rows.isEmpty() ? 1 : rows.get(0).number();
            return nothing(ImportProblem.of(row, "", "plan.header.missing"));
        }
        return readTable(rows, headerAt).titled(title(rows, headerAt), year(rows, headerAt));
    }

    private PlanSheetResult readTable(List<SheetRow> rows, int headerAt) {
        SheetRow first = rows.get(headerAt);
        int next = nextNonBlank(rows, headerAt + 1);
        Layout layout = Layout.of(first, next < 0 ? null : rows.get(next));
        List<PlanColumn> missing = layout.missing();
        if (!missing.isEmpty()) {
            Findings findings = new Findings(layout);
            for (PlanColumn column : missing) {
                findings.problem(first.number(), column, "plan.column.missing", layout.name(column));
            }
            return new PlanSheetResult(List.of(), List.of(), findings.problems(), 0, 0, 0, null);
        }
        int dataFrom = layout.hasSecondRow() ? next + 1 : headerAt + 1;
        return readData(rows.subList(dataFrom, rows.size()), layout);
    }

    private PlanSheetResult readData(List<SheetRow> data, Layout layout) {
        Findings findings = new Findings(layout);
        List<PlanRow> valid = new ArrayList<>();
        Map<Integer, Integer> firstRowBySequence = new HashMap<>();
        int rowsRead = 0;
        int projects = 0;
        long places = 0; // 9-digit counts on a few thousand rows overflow an int
        Integer stated = null;
        String projectLabel = null; // the 序号 of the nearest project above, as written
        int projectRow = 0;
        int stage = 0;
        for (SheetRow row : data) {
            if (row.isBlank()) {
                continue;
            }
            if (isTotalLine(row, layout)) {
                stated = checkTotal(row, layout, findings, places, stated);
                continue;
            }
            rowsRead++;
            String sequenceCell = layout.cell(row, SEQUENCE);
            Integer sequence = null;
            Integer continuationOf = null;
            if (sequenceCell.isEmpty()) {
                if (projectLabel == null) {
                    findings.problem(row.number(), SEQUENCE, "plan.continuation.orphan");
                } else {
                    stage++;
                    continuationOf = projectRow;
                    findings.infer(
                            row.number(),
                            "plan.continuation",
                            projectLabel,
                            String.valueOf(projectRow),
                            String.valueOf(stage));
                }
            } else {
                projects++;
                projectLabel = sequenceCell;
                projectRow = row.number();
                stage = 1;
                sequence = PlanText.sequence(sequenceCell);
                if (sequence == null) {
                    findings.problem(row.number(), SEQUENCE, "plan.sequence.bad", sequenceCell);
                } else {
                    Integer earlier = firstRowBySequence.putIfAbsent(sequence, row.number());
                    if (earlier != null) {
                        findings.problem(
                                row.number(),
                                SEQUENCE,
                                "plan.sequence.duplicate",
                                String.valueOf(sequence),
                                String.valueOf(earlier));
                        sequence = null;
                    }
                }
            }
            PlanRowCheck check = new PlanRowCheck(row, layout, findings);
            check.run();
            if (check.trainees() != null) {
                places += check.trainees();
            }
            boolean placed = sequence != null || continuationOf != null;
            if (placed && !findings.hasProblemIn(row.number())) {
                check.planRow(sequence, continuationOf).ifPresent(valid::add);
            }
        }
        return new PlanSheetResult(
                valid, findings.inferences(), findings.problems(), rowsRead, projects, places, stated);
    }

    /** The stated total, checked against the places of the rows above; the earlier one if none. */
    private static Integer checkTotal(SheetRow row, Layout layout, Findings findings, long places, Integer earlier) {
        String cell = layout.cell(row, TRAINEES);
        if (cell.isEmpty()) {
            findings.infer(row.number(), "plan.total.unchecked");
            return earlier;
        }
        Integer stated = PlanText.count(cell);
        if (stated == null) {
            findings.problem(row.number(), TRAINEES, "plan.total.bad", cell);
            return earlier;
        }
        if (stated != places) {
            findings.problem(row.number(), TRAINEES, "plan.total.mismatch", stated, places);
        } else {
            findings.infer(row.number(), "plan.total.matches", stated);
        }
        return stated;
    }

    private static boolean isTotalLine(SheetRow row, Layout layout) {
        String label = PlanText.squeeze(layout.cell(row, SEQUENCE));
        String name = PlanText.squeeze(layout.cell(row, NAME));
        if (label.isEmpty()) {
            return TOTAL_NAMES.contains(name);
        }
        return PlanText.sequence(label) == null && TOTAL_LABEL.matcher(label).matches();
    }

    /** The first title line above the header, its cells joined; {@code null} when there is none. */
    private static String title(List<SheetRow> rows, int headerAt) {
        for (int i = 0; i < headerAt; i++) {
            String line = String.join(" ", rows.get(i).cells()).strip();
            if (!line.isEmpty()) {
                return line;
            }
        }
        return null;
    }

    /** The plan year the lines above the header state ({@code 2026年…}); {@code null} when none does. */
    private static Integer year(List<SheetRow> rows, int headerAt) {
        for (int i = 0; i < headerAt; i++) {
            for (String cell : rows.get(i).cells()) {
                Matcher year = YEAR.matcher(PlanText.squeeze(cell));
                if (year.find()) {
                    int value = Integer.parseInt(year.group(1));
                    if (value >= 2000 && value <= 2100) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    private static int findHeader(List<SheetRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            boolean sequence = false;
            boolean name = false;
            for (String cell : rows.get(i).cells()) {
                Optional<PlanColumn> column = PlanColumn.matching(cell, false);
                sequence |= column.equals(Optional.of(SEQUENCE));
                name |= column.equals(Optional.of(NAME));
            }
            if (sequence && name) {
                return i;
            }
        }
        return -1;
    }

    private static int nextNonBlank(List<SheetRow> rows, int from) {
        for (int i = from; i < rows.size(); i++) {
            if (!rows.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static PlanSheetResult nothing(ImportProblem problem) {
        return new PlanSheetResult(List.of(), List.of(), List.of(problem), 0, 0, 0, null);
    }

    /**
     * Where each column stands, and the name a problem gives it: the header text as written, {@code
     * 培训天数（异地）} for a part of the days.
     */
    record Layout(Map<PlanColumn, Integer> positions, Map<PlanColumn, String> names, boolean hasSecondRow) {

        static Layout of(SheetRow first, SheetRow second) {
            Map<PlanColumn, Integer> positions = new EnumMap<>(PlanColumn.class);
            Map<PlanColumn, String> names = new EnumMap<>(PlanColumn.class);
            collect(first, false, positions, names);
            boolean useSecond = second != null && isSecondHeader(second, positions);
            if (useSecond) {
                collect(second, true, positions, names);
            }
            String days = names.getOrDefault(PlanColumn.DAYS, PlanColumn.DAYS.header());
            for (PlanColumn column : PlanColumn.values()) {
                if (column.isDaysPart()) {
                    names.put(column, days + "（" + names.getOrDefault(column, column.header()) + "）");
                } else {
                    names.putIfAbsent(column, column.header());
                }
            }
            return new Layout(positions, names, useSecond);
        }

        /** A second header row names a part of the days, at or after 培训天数, and no project. */
        private static boolean isSecondHeader(SheetRow row, Map<PlanColumn, Integer> positions) {
            int days = positions.getOrDefault(PlanColumn.DAYS, 0);
            for (PlanColumn column : List.of(SEQUENCE, NAME)) {
                Integer at = positions.get(column);
                if (at != null && !row.cell(at).isEmpty()) {
                    return false;
                }
            }
            for (int i = days; i < row.cells().size(); i++) {
                if (PlanColumn.matching(row.cell(i), true).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        private static void collect(
                SheetRow row, boolean second, Map<PlanColumn, Integer> positions, Map<PlanColumn, String> names) {
            for (int i = 0; i < row.cells().size(); i++) {
                Optional<PlanColumn> column = PlanColumn.matching(row.cell(i), second);
                if (column.isPresent() && !positions.containsKey(column.get())) {
                    positions.put(column.get(), i);
                    names.put(column.get(), row.cell(i));
                }
            }
        }

        List<PlanColumn> missing() {
            List<PlanColumn> missing = new ArrayList<>();
            for (PlanColumn column : PlanColumn.values()) {
                if (column.isRequired() && !positions.containsKey(column)) {
                    missing.add(column);
                }
            }
            return missing;
        }

        /** The cell of {@code column} in {@code row}; {@code ""} when the sheet has no such column. */
        String cell(SheetRow row, PlanColumn column) {
            Integer at = positions.get(column);
            return at == null ? "" : row.cell(at);
        }

        String name(PlanColumn column) {
            return names.get(column);
        }

        int position(PlanColumn column) {
            return positions.getOrDefault(column, Integer.MAX_VALUE);
        }
    }

    /** Problems (kept with the column's place, for sorting) and inferences, as found. */
    static final class Findings {
        private record Found(ImportProblem problem, int position) {}

        private final Layout layout;
        private final List<Found> found = new ArrayList<>();
        private final Set<Integer> faultyRows = new HashSet<>();
        private final List<PlanInference> inferences = new ArrayList<>();

        Findings(Layout layout) {
            this.layout = layout;
        }

        void problem(int row, PlanColumn column, String messageKey, Object... args) {
            ImportProblem problem = ImportProblem.of(row, layout.name(column), messageKey, args);
            found.add(new Found(problem, layout.position(column)));
            faultyRows.add(row);
        }

        void infer(int row, String messageKey, Object... args) {
            inferences.add(PlanInference.of(row, messageKey, args));
        }

        boolean hasProblemIn(int row) {
            return faultyRows.contains(row);
        }

        List<ImportProblem> problems() {
            return found.stream()
                    .sorted(Comparator.comparingInt((Found f) -> f.problem().row())
                            .thenComparingInt(Found::position))
                    .map(Found::problem)
                    .toList();
        }

        List<PlanInference> inferences() {
            return List.copyOf(inferences);
        }
    }
}
