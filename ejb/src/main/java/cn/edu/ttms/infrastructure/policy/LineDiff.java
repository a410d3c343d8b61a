package cn.edu.ttms.infrastructure.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line diff of two texts by their longest common subsequence, for comparing two policy versions
 * side by side ({@link PolicyRulesJson} writes equal rules as equal lines). A line inserted in the
 * middle therefore shifts nothing: every later line is still paired with its equal. Removed lines
 * directly followed by added ones are paired up as changed, so that a changed figure is one row.
 *
 * <p>Quadratic in time and memory, which is nothing for a policy document of a few hundred lines.
 */
public final class LineDiff {

    /** How a row of the two sides relates. */
    public enum Kind {
        /** The same line on both sides. */
        SAME,
        /** A line of the left side replaced by the right one. */
        CHANGED,
        /** A line only on the right side; the left is empty. */
        ADDED,
        /** A line only on the left side; the right is empty. */
        REMOVED
    }

    /**
     * One row of the side-by-side view.
     *
     * @param left the left line, empty for {@link Kind#ADDED}
     * @param right the right line, empty for {@link Kind#REMOVED}
     */
    public record Row(String left, String right, Kind kind) {

        public Row {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private LineDiff() {}

    /** The rows of two texts split at line ends ({@code \n}, {@code \r\n}). */
    public static List<Row> of(String left, String right) {
        return of(lines(left), lines(right));
    }

    /** The rows of two lists of lines, in the order of both. */
    public static List<Row> of(List<String> left, List<String> right) {
        int[][] common = commonSuffixLengths(left, right);
        List<Row> rows = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            if (i < left.size() && j < right.size() && left.get(i).equals(right.get(j))) {
                flush(removed, added, rows);
                rows.add(new Row(left.get(i), right.get(j), Kind.SAME));
                i++;
                j++;
            } else if (j == right.size() || (i < left.size() && common[i + 1][j] >= common[i][j + 1])) {
                removed.add(left.get(i++));
            } else {
                added.add(right.get(j++));
            }
        }
        flush(removed, added, rows);
        return rows;
    }

    /** {@code common[i][j]}: the length of the longest common subsequence of left[i..] and right[j..]. */
    private static int[][] commonSuffixLengths(List<String> left, List<String> right) {
        int[][] common = new int[left.size() + 1][right.size() + 1];
        for (int i = left.size() - 1; i >= 0; i--) {
            for (int j = right.size() - 1; j >= 0; j--) {
                common[i][j] = left.get(i).equals(right.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
    }

    /** One run of differing lines: removed and added paired as changed, the rest on their own. */
    private static void flush(List<String> removed, List<String> added, List<Row> rows) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
            rows.add(new Row(removed.get(k), added.get(k), Kind.CHANGED));
        }
        for (int k = paired; k < removed.size(); k++) {
            rows.add(new Row(removed.get(k), "", Kind.REMOVED));
        }
        for (int k = paired; k < added.size(); k++) {
            rows.add(new Row("", added.get(k), Kind.ADDED));
        }
        removed.clear();
        added.clear();
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\r?\n", -1));
    }
}
