package cn.edu.ttms.infrastructure.document;

import static cn.edu.ttms.infrastructure.document.Labels.name;
import static cn.edu.ttms.infrastructure.document.Labels.number;
import static cn.edu.ttms.infrastructure.document.Labels.text;

import cn.edu.ttms.application.document.Issue;
import cn.edu.ttms.application.document.TranscriptContent;
import cn.edu.ttms.application.document.TranscriptContent.Line;
import cn.edu.ttms.application.document.TranscriptContent.Standing;
import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.shared.Module;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The layout of the transcript (培训学时学分证明) on A4 portrait: the issuing unit's red head, title and QR
 * code; the holder; the recognised results; the pending ones apart, marked as not final; the compliance
 * of the cycle and of each year; the policy versions; and the issuer's closing block. Tables continue on
 * further pages with their heading row; every page carries the verification code and 第 n 页 共 m 页.
 */
final class TranscriptLayout {

    static final PDRectangle SIZE = PDRectangle.A4;

    private static final float BODY = 7.5f;
    private static final float SECTION = 11.5f;
    private static final float QR_SIDE = Sheet.mm(32);

    private final Sheet sheet;
    private final TranscriptContent content;
    private int sections;

    private TranscriptLayout(Sheet sheet, TranscriptContent content) {
        this.sheet = sheet;
        this.content = content;
    }

    static void lay(Sheet sheet, TranscriptContent content) {
        new TranscriptLayout(sheet, content).lay();
    }

    private void lay() {
        Issue issue = content.issue();
        sheet.continuation(this::runningHead);
        sheet.newPage();
        head();
        holder();
        results();
        compliance();
        policies();
        closing();
        sheet.afterwards((page, pages) -> foot(issue, page, pages));
    }

    /** The red head of Chinese official documents: the issuing unit over a red rule, then the title. */
    private void head() {
        float centre = sheet.size.getWidth() / 2;
        float top = sheet.y;
        sheet.centred(content.issue().issuer(), centre, top + 18, 18, Sheet.RED, true);
        sheet.line(sheet.left(), top + 30, sheet.right(), top + 30, 1.6f, Sheet.RED);
        new QrCode(content.issue().qrPayload()).draw(sheet, sheet.right() - QR_SIDE, top + 36, QR_SIDE);
        sheet.centred(text("footer.scan"), sheet.right() - QR_SIDE / 2, top + 36 + QR_SIDE + 8, 7, Sheet.GREY, false);
        sheet.centred(text("transcript.title"), centre, top + 74, 22, Sheet.INK, true);
        sheet.centred(
                text("transcript.cycle", Labels.year(content.cycleFirstYear()), Labels.year(content.cycleLastYear())),
                centre,
                top + 96,
                10.5f,
                Sheet.GREY,
                false);
        sheet.y = top + 36 + QR_SIDE + 16;
    }

    /** Pages after the first: what the document is and whose, over a thin rule. */
    private void runningHead() {
        float top = sheet.y;
        sheet.text(text("transcript.continued") + "  " + content.holder().name(), sheet.left(), top + 8, 8, Sheet.GREY);
        sheet.rightAligned(text("footer.code", content.issue().code()), sheet.right(), top + 8, 8, Sheet.GREY);
        sheet.line(sheet.left(), top + 12, sheet.right(), top + 12, 0.5f, Sheet.GREY);
        sheet.y = top + 20;
    }

    private void holder() {
        TranscriptContent.Holder holder = content.holder();
        Table form = new Table(
                sheet,
                List.of(
                        new Table.Column("", 1, Table.Align.CENTRE, true),
                        new Table.Column("", 2.4f, Table.Align.LEFT),
                        new Table.Column("", 1, Table.Align.CENTRE, true),
                        new Table.Column("", 2.4f, Table.Align.LEFT)),
                9.5f,
                false);
        form.begin();
        form.row(text("holder.name"), holder.name(), text("holder.identityNumber"), holder.maskedIdentityNumber());
        form.row(
                text("holder.school"),
                holder.school(),
                text("holder.cycle"),
                text("holder.cycleValue", Labels.year(content.cycleFirstYear()), Labels.year(content.cycleLastYear())));
    }

    /** A numbered heading: 一、二、…, numbered as printed, since an empty transcript has fewer sections. */
    private void section(String words) {
        String title = text("section.numerals").charAt(sections++) + "、" + words;
        sheet.need(SECTION + 40);
        sheet.y += 14;
        sheet.text(title, sheet.left(), sheet.y + SECTION, SECTION, Sheet.INK, true);
        sheet.y += SECTION + 7;
    }

    private void results() {
        section(text("section.recognised"));
        if (content.empty()) {
            paragraph(text("empty"), 10, Sheet.INK);
            return;
        }
        Table recognised = resultTable(text("column.policy")).begin();
        int number = 1;
        for (Line line : content.recognised()) {
            recognised.row(cells(number++, line, line.policy()));
        }
        if (content.recognised().isEmpty()) {
            recognised.band(text("noPending"), Sheet.INK);
        } else {
            TranscriptContent.Totals totals = content.totals();
            recognised.row(text("total"), "", "", "", "", number(totals.hours()), number(totals.credits()), "", "");
        }

        section(text("section.pending"));
        if (content.pending().isEmpty()) {
            paragraph(text("noPending"), 9, Sheet.INK);
            return;
        }
        paragraph(text("section.pendingNote"), 8.5f, Sheet.RED);
        Table pending = resultTable(text("column.status")).begin();
        number = 1;
        for (Line line : content.pending()) {
            pending.row(Sheet.GREY, cells(number++, line, name(line.status())));
        }
    }

    private Table resultTable(String lastColumn) {
        return new Table(
                sheet,
                List.of(
                        new Table.Column(text("column.number"), 0.6f, Table.Align.CENTRE),
                        new Table.Column(text("column.projectCode"), 1.3f, Table.Align.LEFT),
                        new Table.Column(text("column.projectName"), 2.45f, Table.Align.LEFT),
                        new Table.Column(text("column.level"), 0.75f, Table.Align.CENTRE),
                        new Table.Column(text("column.dates"), 1.25f, Table.Align.CENTRE),
                        new Table.Column(text("column.hours"), 0.55f, Table.Align.RIGHT),
                        new Table.Column(text("column.credits"), 0.6f, Table.Align.RIGHT),
                        new Table.Column(text("column.modules"), 1.6f, Table.Align.LEFT),
                        new Table.Column(lastColumn, 1.35f, Table.Align.LEFT)),
                BODY,
                true);
    }

    private static String[] cells(int number, Line line, String last) {
        return new String[] {
            Integer.toString(number),
            line.projectCode(),
            line.projectName(),
            name(line.level()),
            Labels.isoDate(line.start()) + "至" + Labels.isoDate(line.end()),
            number(line.hours()),
            number(line.credits()),
            modules(line.modules()),
            last == null ? "—" : last
        };
    }

    /** 专业知识 12 · 专业能力 6, in the order of the measures (art. 6). */
    static String modules(Map<Module, BigDecimal> modules) {
        List<String> parts = new ArrayList<>();
        for (Module module : Module.values()) {
            BigDecimal credits = modules.get(module);
            if (credits != null) {
                parts.add(name(module) + " " + number(credits));
            }
        }
        return parts.isEmpty() ? "—" : String.join(Sheet.LIST_SEPARATOR, parts);
    }

    private void compliance() {
        section(text("section.compliance"));
        Table table = new Table(
                        sheet,
                        List.of(
                                new Table.Column(text("column.requirement"), 3.2f, Table.Align.LEFT),
                                new Table.Column(text("column.required"), 1, Table.Align.RIGHT),
                                new Table.Column(text("column.actual"), 1, Table.Align.RIGHT),
                                new Table.Column(text("column.shortfall"), 1, Table.Align.RIGHT),
                                new Table.Column(text("column.met"), 1, Table.Align.CENTRE)),
                        8.5f,
                        true)
                .begin();
        standing(
                table,
                content.cycle(),
                text("standing.cycle", Labels.year(content.cycleFirstYear()), Labels.year(content.cycleLastYear())));
        for (Standing year : content.years()) {
            standing(table, year, text("standing.year", Labels.year(year.year())));
        }
    }

    private static void standing(Table table, Standing standing, String title) {
        String verdict = !standing.due()
                ? text("standing.notDue")
                : standing.compliant() ? text("standing.met") : text("standing.notMet");
        Color colour = standing.due() && !standing.compliant() ? Sheet.RED : Sheet.INK;
        table.band(title + "：" + verdict, colour);
        for (RequirementRow row : standing.rows()) {
            String met = !standing.due() ? text("standing.notDue") : row.met() ? text("met.yes") : text("met.no");
            table.row(
                    standing.due() && !row.met() ? Sheet.RED : Sheet.INK,
                    requirement(row),
                    number(row.required()),
                    number(row.actual()),
                    number(row.shortfall()),
                    met);
        }
    }

    /** 总学时; 模块学分（专业知识）. */
    private static String requirement(RequirementRow row) {
        String name = name(row.requirement());
        return row.requirement() == Requirement.MODULE_CREDITS ? name + "（" + name(row.module()) + "）" : name;
    }

    private void policies() {
        section(text("section.policies"));
        if (content.policies().isEmpty()) {
            paragraph(text("noPolicies"), 9, Sheet.INK);
            return;
        }
        int number = 1;
        for (String policy : content.policies()) {
            paragraph(number++ + ". " + policy, 9, Sheet.INK);
        }
    }

    private void paragraph(String words, float size, Color colour) {
        for (String line : sheet.wrap(words, size, sheet.width())) {
            sheet.need(size * 1.6f);
            sheet.text(line, sheet.left(), sheet.y + size, size, colour);
            sheet.y += size * 1.6f;
        }
    }

    /**
     * What the issuer states at the end, kept together on one page: the statement, the verification code
     * and URL on the left, the issuing unit and date on the right where a seal would go.
     */
    private void closing() {
        Issue issue = content.issue();
        List<String> url = sheet.wrap(text("footer.url", issue.verificationUrl()), 9, sheet.width() * 0.58f);
        sheet.need(96 + url.size() * 14);
        sheet.y += 18;
        sheet.line(sheet.left(), sheet.y, sheet.right(), sheet.y, 0.5f, Sheet.GREY);
        sheet.y += 8;
        paragraph(text("footer.statement"), 9, Sheet.INK);
        float top = sheet.y + 6;
        float baseline = top + 12;
        sheet.text(text("footer.code", issue.code()), sheet.left(), baseline, 10, Sheet.INK, true);
        for (String line : url) {
            baseline += 15;
            sheet.text(line, sheet.left(), baseline, 9, Sheet.INK);
        }
        float right = sheet.right() - 12;
        sheet.rightAligned(text("footer.issuer", issue.issuer()), right, top + 12, 11, Sheet.INK);
        sheet.rightAligned(text("footer.date", Labels.chineseDate(issue.issuedOn())), right, top + 32, 11, Sheet.INK);
        sheet.y = Math.max(baseline, top + 32) + 10;
    }

    private void foot(Issue issue, int page, int pages) {
        float baseline = sheet.size.getHeight() - Sheet.MARGIN + 4;
        sheet.line(sheet.left(), baseline - 11, sheet.right(), baseline - 11, 0.4f, Sheet.GREY);
        sheet.text(text("footer.code", issue.code()), sheet.left(), baseline, 7.5f, Sheet.GREY);
        sheet.centred(
                text("footer.page", Integer.toString(page), Integer.toString(pages)),
                sheet.size.getWidth() / 2,
                baseline,
                8,
                Sheet.GREY,
                false);
        sheet.rightAligned(text("transcript.title"), sheet.right(), baseline, 7.5f, Sheet.GREY);
    }
}
