package cn.edu.ttms.infrastructure.spreadsheet.result;

import cn.edu.ttms.application.result.ResultSheetLine;
import cn.edu.ttms.application.result.ResultSheetResult;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.Quantity;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a results grid from a spreadsheet (the layout of the results page's download): a header row
 * with 身份证号, 成绩, and one hours column per stage ("第1阶段学时", "第2阶段学时"…; a one-stage class may
 * call it just "学时"), any other columns (姓名, 学校…) ignored. Each data row is matched to the class
 * by identity number; problems name the sheet's row and column.
 */
public final class ResultSheet {

    public static final String IDENTITY = "身份证号";
    public static final String SCORE = "成绩";
    private static final Pattern STAGE = Pattern.compile("第\\s*(\\d+)\\s*阶段\\s*学时");

    private final Map<String, Long> resultsByIdentity;
    private final Set<Integer> stages;

    /** @param resultsByIdentity the class's results by their trainee's identity number */
    public ResultSheet(Map<String, Long> resultsByIdentity, Set<Integer> stages) {
        this.resultsByIdentity = Map.copyOf(resultsByIdentity);
        this.stages = Set.copyOf(stages);
    }

    public ResultSheetResult read(List<SheetRow> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        int headerAt = -1;
        for (int i = 0; i < rows.size() && headerAt < 0; i++) {
            if (rows.get(i).cells().stream()
                    .anyMatch(c -> c != null && c.strip().equals(IDENTITY))) {
                headerAt = i;
            }
        }
        if (headerAt < 0) {
            problems.add(ImportProblem.of(
                    rows.isEmpty() ? 1 : rows.get(0).number(), IDENTITY, "error.resultSheet.noHeader", IDENTITY));
            return new ResultSheetResult(List.of(), problems, 0);
        }
        SheetRow header = rows.get(headerAt);
        int identity = -1;
        int score = -1;
        Map<Integer, Integer> stageColumns = new TreeMap<>();
        Map<Integer, String> stageNames = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String name = header.cell(c).replaceAll("\\s+", "");
            Matcher m = STAGE.matcher(name);
            if (name.equals(IDENTITY)) {
                identity = c;
            } else if (name.equals(SCORE)) {
                score = c;
            } else if (m.matches() && m.group(1).replaceFirst("^0+(?=\\d)", "").length() > 9) {
                // 第99999999999阶段学时: too long for a number, and a stage of no class
                problems.add(ImportProblem.of(
                        header.number(), header.cell(c).strip(), "error.resultSheet.noSuchStage", m.group(1)));
            } else if (m.matches()) {
                stageColumns.put(Integer.valueOf(m.group(1)), c);
                stageNames.put(Integer.valueOf(m.group(1)), header.cell(c).strip());
            } else if (name.equals("学时") && stages.size() == 1) {
                int only = stages.iterator().next();
                stageColumns.put(only, c);
                stageNames.put(only, header.cell(c).strip());
            }
        }
        if (score < 0) {
            problems.add(ImportProblem.of(header.number(), SCORE, "error.resultSheet.noColumn", SCORE));
        }
        for (Integer stage : stageColumns.keySet()) {
            if (!stages.contains(stage)) {
                problems.add(ImportProblem.of(
                        header.number(), stageNames.get(stage), "error.resultSheet.noSuchStage", stage));
            }
        }
        List<ResultSheetLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        int dataRows = 0;
        for (int i = headerAt + 1; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            dataRows++;
            String id = row.cell(identity).strip().toUpperCase();
            Long resultId = resultsByIdentity.get(id);
            if (id.isEmpty() || resultId == null) {
                problems.add(ImportProblem.of(row.number(), IDENTITY, "error.resultSheet.notInClass", id));
                continue;
            }
            Integer earlier = seen.putIfAbsent(id, row.number());
            if (earlier != null) {
                problems.add(ImportProblem.of(row.number(), IDENTITY, "error.resultSheet.duplicate", id, earlier));
                continue;
            }
            boolean ok = true;
            Map<Integer, BigDecimal> hours = new TreeMap<>();
            for (Map.Entry<Integer, Integer> s : stageColumns.entrySet()) {
                String text = row.cell(s.getValue()).strip();
                if (text.isEmpty()) {
                    continue;
                }
                BigDecimal value = number(text);
                if (value == null) {
                    problems.add(ImportProblem.of(
                            row.number(), stageNames.get(s.getKey()), "error.resultSheet.notANumber", text));
                    ok = false;
                } else if (!Quantity.HOURS.accepts(value)) {
                    problems.add(outOfRange(row.number(), stageNames.get(s.getKey()), Quantity.HOURS, value));
                    ok = false;
                } else {
                    hours.put(s.getKey(), value);
                }
            }
            BigDecimal scoreValue = null;
            if (score >= 0 && !row.cell(score).isBlank()) {
                scoreValue = number(row.cell(score).strip());
                if (scoreValue == null) {
                    problems.add(ImportProblem.of(
                            row.number(),
                            SCORE,
                            "error.resultSheet.notANumber",
                            row.cell(score).strip()));
                    ok = false;
                } else if (!Quantity.SCORE.accepts(scoreValue)) {
                    problems.add(outOfRange(row.number(), SCORE, Quantity.SCORE, scoreValue));
                    ok = false;
                }
            }
            if (ok) {
                lines.add(new ResultSheetLine(row.number(), resultId, hours, scoreValue));
            }
        }
        return new ResultSheetResult(lines, problems, dataRows);
    }

    /** The sheet's column name for a field of {@link cn.edu.ttms.domain.model.result.ResultRules}' problems. */
    public static String column(String field) {
        String column = field.substring(field.indexOf(':') + 1).strip();
        if (column.startsWith("stage")) {
            return "第" + column.substring(5) + "阶段学时";
        }
        return column.equals("score") ? SCORE : column;
    }

    /** A number outside its range, checked before any arithmetic (1e999999 hours in a cell). */
    private static ImportProblem outOfRange(int row, String column, Quantity quantity, BigDecimal value) {
        return ImportProblem.of(
                row,
                column,
                "error.number.outOfRange",
                column,
                quantity,
                Decimals.plain(quantity.min()),
                Decimals.plain(quantity.max()),
                quantity.places(),
                Decimals.shown(value));
    }

    private static BigDecimal number(String text) {
        if (text.length() > 40) {
            return null; // no real hours or score needs more; a longer "number" is not one
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
