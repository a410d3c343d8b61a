package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The grade bands of a policy: one band per grade, together covering 0–100 without gap or overlap,
 * so that every score lands in exactly one grade (art. 10).
 */
public final class GradeBands {

    private final List<GradeBand> bands;

    /**
     * @throws InvalidPolicy when a grade has no band or two, or the bands leave a gap or overlap
     */
    public GradeBands(List<GradeBand> bands) {
        Map<Grade, Bounds> raw = new EnumMap<>(Grade.class);
        bands.forEach(b -> raw.put(b.grade(), new Bounds(b.lower(), b.upper())));
        List<PolicyViolation> problems = new ArrayList<>(missing(raw));
        problems.addAll(gapsAndOverlaps(raw));
        if (raw.size() != bands.size()) {
            problems.add(PolicyViolation.of("policy.gradeBand.duplicate"));
        }
        InvalidPolicy.throwIfAny(problems);
        this.bands = bands.stream()
                .sorted(Comparator.comparing(GradeBand::lower).reversed())
                .toList();
    }

    /**
     * Checks of each band and of how they cover 0–100 together; gaps and overlaps are only looked for
     * once every band is sound on its own, so that one typo is not reported three times.
     */
    static List<PolicyViolation> problems(Map<Grade, Bounds> raw) {
        List<PolicyViolation> problems = new ArrayList<>();
        raw.forEach((grade, b) -> problems.addAll(GradeBand.problems(grade, b.lower(), b.upper())));
        boolean bandsSound = problems.isEmpty();
        problems.addAll(missing(raw));
        if (bandsSound) {
            problems.addAll(gapsAndOverlaps(raw));
        }
        return problems;
    }

    private static List<PolicyViolation> missing(Map<Grade, Bounds> raw) {
        List<PolicyViolation> problems = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            if (!raw.containsKey(grade)) {
                problems.add(PolicyViolation.of("policy.gradeBand.missing", grade));
            }
        }
        return problems;
    }

    /** Walks the bands from 0 upwards; whatever is not reached is a gap, reached twice an overlap. */
    private static List<PolicyViolation> gapsAndOverlaps(Map<Grade, Bounds> raw) {
        List<PolicyViolation> problems = new ArrayList<>();
        List<Bounds> sorted = raw.values().stream()
                .sorted(Comparator.comparing(Bounds::lower))
                .toList();
        BigDecimal reached = Score.MIN;
        for (Bounds band : sorted) {
            int c = band.lower().compareTo(reached);
            if (c > 0) {
                problems.add(PolicyViolation.of("policy.gradeBands.gap", reached, band.lower()));
            } else if (c < 0) {
                BigDecimal overlapEnd = reached.min(band.upper());
                problems.add(PolicyViolation.of("policy.gradeBands.overlap", band.lower(), overlapEnd));
            }
            reached = reached.max(band.upper());
        }
        if (reached.compareTo(Score.MAX) < 0) {
            problems.add(PolicyViolation.of("policy.gradeBands.gap", reached, Score.MAX));
        }
        return problems;
    }

    /** The one grade whose band holds the score. */
    public Grade gradeOf(Score score) {
        return bands.stream()
                .filter(b -> b.contains(score))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No band holds " + score))
                .grade();
    }

    /** The bands, highest first. */
    public List<GradeBand> bands() {
        return bands;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradeBands other && bands.equals(other.bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    @Override
    public String toString() {
        return bands.toString();
    }
}
