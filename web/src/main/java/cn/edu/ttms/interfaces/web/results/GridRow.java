package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.result.ResultLine;
import cn.edu.ttms.application.result.ResultRow;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A row of the results grid as the user edits it: the hours of each stage the project offers and the
 * score, over the row as last read (whose computed figures and version stay as they were until the
 * next save).
 */
public class GridRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ResultRow row;
    private final LinkedHashMap<Integer, BigDecimal> stageHours = new LinkedHashMap<>();
    private BigDecimal score;

    GridRow(ResultRow row, Collection<Integer> stages) {
        this.row = row;
        for (Integer stage : stages) {
            stageHours.put(
                    stage, row.stageHours() == null ? null : row.stageHours().get(stage));
        }
        this.score = row.score();
    }

    /** The row as the grid sends it: which result, the version read, hours per stage, score. */
    ResultLine line() {
        return new ResultLine(row.resultId(), row.version(), new LinkedHashMap<>(stageHours), score);
    }

    /** Whether the user changed the hours or the score since the row was read. */
    boolean isChanged() {
        if (!same(score, row.score())) {
            return true;
        }
        for (Map.Entry<Integer, BigDecimal> e : stageHours.entrySet()) {
            if (!same(
                    e.getValue(),
                    row.stageHours() == null ? null : row.stageHours().get(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    public ResultRow getRow() {
        return row;
    }

    /** Stage number → hours, bound to the grid's stage cells. */
    public Map<Integer, BigDecimal> getStageHours() {
        return stageHours;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public boolean isVoided() {
        return row.voided();
    }
}
