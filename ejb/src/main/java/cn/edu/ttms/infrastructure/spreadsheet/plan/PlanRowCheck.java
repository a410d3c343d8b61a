package cn.edu.ttms.infrastructure.spreadsheet.plan;

import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.AUDIENCE;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.CATEGORY;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.DAYS;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.DAYS_LOCAL;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.DAYS_OFF_SITE;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.DAYS_TOTAL;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.FORM;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.HOST;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.LEVEL;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.NAME;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.PROPOSING_UNIT;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.PlanColumn.TRAINEES;

import cn.edu.ttms.application.plan.DeliveryFormWords;
import cn.edu.ttms.application.plan.LevelWords;
import cn.edu.ttms.application.plan.PlanLine;
import cn.edu.ttms.application.plan.PlanRow;
import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The reading of one data row of a plan, cell by cell. Every cell is read even after a problem, so
 * the user sees all of a row's faults; every repair and inference is reported.
 *
 * <p>Days: the three cells 异地, 本地, 合计 may be given in any combination. None: a problem. Only 合计:
 * kept, the parts stay unknown (said). Parts without 合计: 合计 is their sum, a blank part counting as
 * 0 (said). 合计 and one part: consistent if the part equals 合计 (the other part is none, left blank);
 * if smaller, the other part is the difference (said); if larger, a problem. All three: their sum
 * must equal 合计, or a problem.
 */
final class PlanRowCheck {

    /** Marks a cell that is not a number (already reported), apart from a blank one (null). */
    private static final BigDecimal NOT_A_NUMBER = new BigDecimal("-1");

    private final SheetRow row;
    private final PlanSheet.Layout layout;
    private final PlanSheet.Findings findings;

    private String proposingUnit;
    private String category;
    private String name;
    private String code;
    private String formText;
    private DeliveryForm form;
    private String audience;
    private BigDecimal daysOffSite;
    private BigDecimal daysLocal;
    private BigDecimal daysTotal;
    private Integer trainees;
    private List<String> hosts;
    private Level level;

    PlanRowCheck(SheetRow row, PlanSheet.Layout layout, PlanSheet.Findings findings) {
        this.row = row;
        this.layout = layout;
        this.findings = findings;
    }

    void run() {
        proposingUnit = text(PROPOSING_UNIT);
        category = text(CATEGORY);
        readName();
        readForm();
        audience = text(AUDIENCE);
        readDays();
        readTrainees();
        String host = text(HOST);
        hosts = host == null ? List.of() : PlanLine.hosts(host);
        readLevel();
    }

    /** The places of the row, when its 培训人数 could be read. */
    Integer trainees() {
        return trainees;
    }

    /** The row read; for a row without problems only (the caller knows). */
    Optional<PlanRow> planRow(Integer sequence, Integer continuationOf) {
        if (name == null || form == null || daysTotal == null || trainees == null) {
            return Optional.empty();
        }
        return Optional.of(new PlanRow(
                row.number(),
                sequence,
                proposingUnit,
                category,
                name,
                code,
                formText,
                form,
                audience,
                daysOffSite,
                daysLocal,
                daysTotal,
                trainees,
                hosts,
                continuationOf,
                level));
    }

    /** The cell's text with stray spaces between Chinese characters removed; null when blank. */
    private String text(PlanColumn column) {
        String written = layout.cell(row, column);
        if (written.isEmpty()) {
            return null;
        }
        String joined = PlanText.closeCjkGaps(written);
        if (!joined.equals(written)) {
            findings.infer(row.number(), "plan.text.spacesRemoved", layout.name(column), written, joined);
        }
        return joined;
    }

    private void readName() {
        String text = text(NAME);
        if (text == null) {
            findings.problem(row.number(), NAME, "plan.field.missing");
            return;
        }
        List<String> codes = PlanText.codesIn(text);
        if (codes.size() > 1) {
            findings.problem(row.number(), NAME, "plan.name.twoCodes", String.join("、", codes));
            return;
        }
        PlanText.CodedName coded = PlanText.withoutCode(text);
        if (coded.name().isEmpty()) {
            findings.problem(row.number(), NAME, "plan.field.missing");
            return;
        }
        name = coded.name();
        code = coded.code();
        if (code != null) {
            findings.infer(row.number(), "plan.name.code", code, name);
        }
    }

    private void readForm() {
        String written = layout.cell(row, FORM);
        if (written.isEmpty()) {
            findings.problem(row.number(), FORM, "plan.field.missing");
            return;
        }
        formText = written;
        form = DeliveryFormWords.of(written).orElse(null);
        if (form == null) {
            findings.problem(row.number(), FORM, "plan.form.unknown", written);
        }
    }

    /** 项目级别 when the sheet has the column and the row fills it; a word naming no level is a problem. */
    private void readLevel() {
        String written = layout.cell(row, LEVEL);
        if (written.isEmpty()) {
            return;
        }
        level = LevelWords.of(written).orElse(null);
        if (level == null) {
            findings.problem(row.number(), LEVEL, "plan.level.unknown", written);
        }
    }

    private void readDays() {
        BigDecimal offSite = number(DAYS_OFF_SITE);
        BigDecimal local = number(DAYS_LOCAL);
        BigDecimal total = number(DAYS_TOTAL);
        if (offSite == NOT_A_NUMBER || local == NOT_A_NUMBER || total == NOT_A_NUMBER) {
            return;
        }
        int at = row.number();
        if (offSite == null && local == null && total == null) {
            findings.problem(at, DAYS, "plan.days.missing");
            return;
        }
        if (total == null) {
            total = sum(offSite, local);
            findings.infer(at, "plan.days.inferredTotal", plain(orZero(offSite)), plain(orZero(local)), plain(total));
        } else if (offSite == null && local == null) {
            findings.infer(at, "plan.days.totalOnly", plain(total));
        } else if (offSite != null && local != null) {
            if (sum(offSite, local).compareTo(total) != 0) {
                inconsistent(offSite, local, total);
                return;
            }
        } else {
            BigDecimal part = offSite != null ? offSite : local;
            int against = part.compareTo(total);
            if (against > 0) {
                inconsistent(orZero(offSite), orZero(local), total);
                return;
            }
            if (against < 0) {
                BigDecimal other = Decimals.canonical(total.subtract(part));
                String key = offSite == null ? "plan.days.inferredOffSite" : "plan.days.inferredLocal";
                findings.infer(at, key, plain(total), plain(part), plain(other));
                if (offSite == null) {
                    offSite = other;
                } else {
                    local = other;
                }
            }
        }
        if (total.signum() == 0) {
            findings.problem(at, DAYS_TOTAL, "plan.days.zero");
            return;
        }
        daysOffSite = offSite;
        daysLocal = local;
        daysTotal = total;
    }

    private void inconsistent(BigDecimal offSite, BigDecimal local, BigDecimal total) {
        findings.problem(
                row.number(),
                DAYS,
                "plan.days.inconsistent",
                plain(offSite),
                plain(local),
                plain(sum(offSite, local)),
                plain(total));
    }

    private BigDecimal number(PlanColumn column) {
        String written = layout.cell(row, column);
        if (written.isEmpty()) {
            return null;
        }
        BigDecimal days = PlanText.days(written);
        if (days == null) {
            findings.problem(row.number(), column, "plan.days.bad", written);
            return NOT_A_NUMBER;
        }
        return days;
    }

    private void readTrainees() {
        String written = layout.cell(row, TRAINEES);
        if (written.isEmpty()) {
            findings.problem(row.number(), TRAINEES, "plan.field.missing");
            return;
        }
        trainees = PlanText.count(written);
        if (trainees == null) {
            findings.problem(row.number(), TRAINEES, "plan.trainees.bad", written);
        }
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return Decimals.canonical(orZero(a).add(orZero(b)));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(value);
    }
}
