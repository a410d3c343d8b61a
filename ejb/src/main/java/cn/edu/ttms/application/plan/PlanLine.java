package cn.edu.ttms.application.plan;

import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Level;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One line of a plan in its own table (the Chenzhou 2018 layout): a project's first stage, under its
 * sequence number, or a further stage, without one. What {@link PlanSheets} writes and the printable
 * plan shows; made from a project of the database or from a row just read from a sheet.
 *
 * @param sequence 序号; {@code null} for a further stage (and for a project without a number)
 * @param stage 1 for a project's own line, 2, 3… for its further stages
 * @param proposingUnit 申报单位, or {@code null}
 * @param category 项目类别, or {@code null}
 * @param name 项目名称 without its code
 * @param code the project code, written into the name in brackets, or {@code null}
 * @param formText 培训形式 in the bureau's words, or {@code null} when unknown
 * @param form what the stage's form is
 * @param audience 培训对象, or {@code null}
 * @param daysOffSite 异地 days, or {@code null}
 * @param daysLocal 本地 days, or {@code null}
 * @param daysTotal 合计 days, or {@code null}
 * @param trainees 培训人数 of this line
 * @param hosts 承办单位, one entry per institution
 * @param level 项目级别, or {@code null} when unknown (a row read without one)
 */
public record PlanLine(
        Integer sequence,
        int stage,
        String proposingUnit,
        String category,
        String name,
        String code,
        String formText,
        DeliveryForm form,
        String audience,
        BigDecimal daysOffSite,
        BigDecimal daysLocal,
        BigDecimal daysTotal,
        int trainees,
        List<String> hosts,
        Level level)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public PlanLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(form, "form");
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        if (stage < 1) {
            throw new IllegalArgumentException("Stages are numbered from 1, not " + stage);
        }
    }

    /** Between host institutions: the enumeration comma, or a semicolon. */
    private static final Pattern HOST_SEPARATOR = Pattern.compile("\\s*[、;；]\\s*");

    /** The hosts of a 承办单位 text, in order, without blanks: {@code 湘南学院、深圳龙岗教师进修学校}. */
    public static List<String> hosts(String text) {
        List<String> hosts = new ArrayList<>();
        for (String host : HOST_SEPARATOR.split(text)) {
            if (!host.isBlank()) {
                hosts.add(host.strip());
            }
        }
        return List.copyOf(hosts);
    }

    /**
     * The lines of a project: one per stage, in order. Further stages repeat the project's unit,
     * category, name, audience and hosts (the importer needs a name on every row), but not its code.
     */
    public static List<PlanLine> of(TrainingProject project) {
        List<String> hosts = project.hosts() == null ? List.of() : hosts(project.hosts());
        List<PlanLine> lines = new ArrayList<>();
        for (ProjectStage s : project.stages()) {
            boolean first = lines.isEmpty();
            lines.add(new PlanLine(
                    first ? project.sequenceNo() : null,
                    lines.size() + 1,
                    project.proposingUnit(),
                    project.category(),
                    project.name(),
                    first ? project.code() : null,
                    s.formText(),
                    s.form(),
                    project.audience(),
                    s.daysOffsite(),
                    s.daysLocal(),
                    s.daysTotal(),
                    s.trainees(),
                    hosts,
                    project.level()));
        }
        return lines;
    }

    /** The lines of rows read from a sheet, as they were read: a continuation row is a further stage. */
    public static List<PlanLine> of(List<PlanRow> rows) {
        List<PlanLine> lines = new ArrayList<>(rows.size());
        int stage = 0;
        for (PlanRow row : rows) {
            stage = row.isContinuation() ? stage + 1 : 1;
            lines.add(new PlanLine(
                    row.sequence(),
                    stage,
                    row.proposingUnit(),
                    row.category(),
                    row.name(),
                    row.code(),
                    row.formText(),
                    row.form(),
                    row.audience(),
                    row.daysOffSite(),
                    row.daysLocal(),
                    row.daysTotal(),
                    row.trainees(),
                    row.hosts(),
                    row.level()));
        }
        return lines;
    }

    /** A further stage of the project above, written without a sequence number. */
    public boolean isContinuation() {
        return stage > 1;
    }

    /** 项目名称 as the bureau writes it: the name, then the code in brackets ({@code …培训班(D309)}). */
    public String nameWithCode() {
        return code == null || code.isBlank() ? name : name + "(" + code + ")";
    }

    /**
     * 培训形式 in the bureau's words: its own when known and still meaning the stage's form, else the
     * words {@link DeliveryFormWords#canonical} gives; either way the importer reads back {@link #form}.
     */
    public String formWords() {
        if (formText != null && DeliveryFormWords.of(formText).orElse(null) == form) {
            return formText;
        }
        return DeliveryFormWords.canonical(form);
    }

    /** 项目级别 as the export writes it ({@link LevelWords#canonical}), or {@code null} when unknown. */
    public String levelWords() {
        return level == null ? null : LevelWords.canonical(level);
    }

    /** 承办单位 as one cell: the hosts joined with 、. */
    public String hostsText() {
        return String.join("、", hosts);
    }
}
