package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.result.ResultLine;
import cn.edu.ttms.application.result.ResultPreview;
import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.Grade;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A row of the results grid as the user edits it: the hours of each stage the project offers and the
 * score, <em>as typed</em> (text, so that a value that is not a number stays in its cell to be corrected
 * rather than being dropped by a converter), over the row as last read. While the row is edited, the
 * policy's figures for what was typed come from the application ({@link ResultPreview}); until then, and
 * after a save, the row's recorded figures are shown.
 */
public class GridRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** More characters than any hours or score anyone means: not parsed (no arithmetic on 1e999999). */
    private static final int LONGEST_NUMBER = 12;

    private final ResultRow row;
    private final LinkedHashMap<Integer, String> stageHours = new LinkedHashMap<>();
    private String score;
    private ResultPreview preview;

    GridRow(ResultRow row, Collection<Integer> stages) {
        this.row = row;
        for (Integer stage : stages) {
            stageHours.put(
                    stage,
                    text(row.stageHours() == null ? null : row.stageHours().get(stage)));
        }
        this.score = text(row.score());
    }

    private static String text(BigDecimal value) {
        return value == null ? null : Decimals.plain(value);
    }

    /**
     * A cell's text as a number: null when blank.
     *
     * @throws NumberFormatException when it is not a plain decimal number
     */
    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > LONGEST_NUMBER || !t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new NumberFormatException(t);
        }
        return new BigDecimal(t);
    }

    /** The columns whose text is not a number ({@code score}, {@code stageN}); empty when all are. */
    List<String> badColumns() {
        List<String> bad = new ArrayList<>();
        for (Map.Entry<Integer, String> e : stageHours.entrySet()) {
            if (!isNumber(e.getValue())) {
                bad.add("stage" + e.getKey());
            }
        }
        if (!isNumber(score)) {
            bad.add("score");
        }
        return bad;
    }

    /** What the user typed in a column ({@code score}, {@code stageN}). */
    String typed(String column) {
        return "score".equals(column) ? score : stageHours.get(Integer.valueOf(column.substring("stage".length())));
    }

    private static boolean isNumber(String text) {
        try {
            number(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The row as the grid sends it: which result, the version read, hours per stage, score.
     *
     * @throws NumberFormatException when a cell is not a number (see {@link #badColumns()})
     */
    ResultLine line() {
        LinkedHashMap<Integer, BigDecimal> hours = new LinkedHashMap<>();
        stageHours.forEach((stage, text) -> hours.put(stage, number(text)));
        return new ResultLine(row.resultId(), row.version(), hours, number(score));
    }

    /** Whether the user changed the hours or the score since the row was read. */
    boolean isChanged() {
        if (!same(score, row.score())) {
            return true;
        }
        for (Map.Entry<Integer, String> e : stageHours.entrySet()) {
            if (!same(
                    e.getValue(),
                    row.stageHours() == null ? null : row.stageHours().get(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String typed, BigDecimal read) {
        BigDecimal a;
        try {
            a = number(typed);
        } catch (NumberFormatException e) {
            return false;
        }
        return a == null || read == null ? Objects.equals(a, read) : a.compareTo(read) == 0;
    }

    void preview(ResultPreview p) {
        this.preview = p;
    }

    /** What was typed cannot be computed (yet): the figures are blank until it is corrected. */
    void notComputed() {
        this.preview = new ResultPreview(false, null, null, null, null, null, List.of(), null);
    }

    /** Whether the figures shown are the application's preview of what was typed (not yet saved). */
    public boolean isPreviewed() {
        return preview != null;
    }

    // the figures shown: the preview's while the row is edited, else the row's as recorded

    public BigDecimal getHours() {
        return preview == null ? row.hours() : preview.hours();
    }

    public Grade getGrade() {
        return preview == null ? row.grade() : preview.grade();
    }

    public BigDecimal getBaseCredits() {
        return preview == null ? row.baseCredits() : preview.baseCredits();
    }

    public BigDecimal getPerformanceCredits() {
        return preview == null ? row.performanceCredits() : preview.performanceCredits();
    }

    public BigDecimal getCredits() {
        return preview == null ? row.credits() : preview.credits();
    }

    public List<ResultRow.ModuleShareView> getModules() {
        return preview == null ? row.modules() : preview.modules();
    }

    public Integer getPolicyVersion() {
        return preview == null ? row.policyVersion() : preview.policyVersion();
    }

    public ResultRow getRow() {
        return row;
    }

    /** Stage number → hours as typed, bound to the grid's stage cells. */
    public Map<Integer, String> getStageHours() {
        return stageHours;
    }

    public String getScore() {
        return score;
    }

    public void setScore(String score) {
        this.score = score;
    }

    public boolean isVoided() {
        return row.voided();
    }
}
