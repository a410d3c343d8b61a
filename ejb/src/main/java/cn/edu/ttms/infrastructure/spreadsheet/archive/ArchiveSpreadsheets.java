package cn.edu.ttms.infrastructure.spreadsheet.archive;

import cn.edu.ttms.application.archive.ArchiveEntry;
import cn.edu.ttms.application.archive.ArchiveFile;
import cn.edu.ttms.application.archive.ArchiveSheets;
import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.compliance.Assessment;
import cn.edu.ttms.domain.model.compliance.ComplianceReport;
import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.policy.RequirementPeriod;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.infrastructure.spreadsheet.SheetHeading;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@link ArchiveSheets} on the spreadsheet writer: a teacher's archive in Chinese, as the bureaus file
 * it. Sheet 培训档案: a title naming the teacher and the school, then one row per result as the archive
 * page shows it (numbers as number cells, the project's dates as date cells, a filter on the header).
 * Sheet 达标情况: the current cycle's and each year's requirement rows. In the CSV the two tables follow
 * each other.
 */
@ApplicationScoped
public class ArchiveSpreadsheets implements ArchiveSheets {

    static final String RESULTS_SHEET = "培训档案";
    static final String COMPLIANCE_SHEET = "达标情况";
    static final List<String> RESULTS_HEADER = List.of(
            "项目编号", "项目名称", "年度", "级别", "选学类型", "开始日期", "结束日期", "学时", "计入学时", "成绩", "等次", "学分", "模块学分", "状态", "政策版本",
            "作废原因");
    static final List<String> COMPLIANCE_HEADER = List.of("期间", "要求", "应修", "已修", "差额", "达标");

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Override
    public void write(ArchiveFile file, ExportFormat format, OutputStream out) throws IOException {
        List<SpreadsheetWriter.Table> tables = new ArrayList<>();
        tables.add(new SpreadsheetWriter.Table(
                RESULTS_SHEET, new SheetHeading(title(file), List.of(RESULTS_HEADER), List.of()), results(file)));
        if (file.compliance() != null) {
            tables.add(new SpreadsheetWriter.Table(
                    COMPLIANCE_SHEET,
                    new SheetHeading(complianceTitle(file), List.of(COMPLIANCE_HEADER), List.of()),
                    compliance(file.compliance())));
        }
        new SpreadsheetWriter().write(format, tables, out);
    }

    @Override
    public String fileName(ArchiveFile file) {
        return file.teacherName() + "培训档案";
    }

    static String title(ArchiveFile file) {
        return "培训档案：" + file.teacherName() + "（" + nonNull(file.school()) + "），导出日期 " + file.writtenOn();
    }

    static String complianceTitle(ArchiveFile file) {
        ComplianceReport r = file.compliance();
        return file.teacherName() + " " + r.cycle().firstYear() + "–"
                + r.cycle().lastYear() + " 周期达标情况（截至 " + file.writtenOn() + "）：" + (r.compliant() ? "达标" : "未达标");
    }

    static List<List<Object>> results(ArchiveFile file) {
        List<List<Object>> rows = new ArrayList<>(file.entries().size());
        for (ArchiveEntry e : file.entries()) {
            ArchiveFile.Dates dates = file.datesOf(e);
            rows.add(Arrays.asList(
                    e.projectCode(),
                    e.projectName(),
                    e.year(),
                    e.level() == null ? null : words(e.level().messageKey()),
                    e.selection() == null ? null : words(e.selection().messageKey()),
                    dates.start(),
                    dates.end(),
                    e.hours(),
                    e.countedHours(),
                    e.score(),
                    e.grade() == null ? null : words(e.grade().messageKey()),
                    e.credits(),
                    modules(e.modules()),
                    e.status() == null ? null : words(e.status().messageKey()),
                    e.policyVersion(),
                    e.status() == ResultStatus.VOID ? e.voidReason() : null));
        }
        return rows;
    }

    static List<List<Object>> compliance(ComplianceReport report) {
        List<Assessment> periods = new ArrayList<>();
        periods.add(report.cycleAssessment());
        periods.addAll(report.years());
        List<List<Object>> rows = new ArrayList<>();
        for (Assessment a : periods) {
            String period = a.period() == RequirementPeriod.CYCLE
                    ? a.firstYear() + "–" + a.lastYear() + " 周期"
                    : a.firstYear() + " 年度";
            for (RequirementRow r : a.rows()) {
                rows.add(Arrays.asList(
                        period,
                        requirement(r),
                        r.required(),
                        r.actual(),
                        r.shortfall(),
                        !a.due() ? "未到期" : r.met() ? "是" : "否"));
            }
        }
        return rows;
    }

    /** "总学时", or "模块学分：专业理念与师德" for a module's row. */
    static String requirement(RequirementRow r) {
        String name = words(r.requirement().messageKey());
        return r.module() == null ? name : name + "：" + words(r.module().messageKey());
    }

    /** "专业理念与师德 8.64 / 专业能力 17.28", as the archive page writes the split. */
    static String modules(List<ResultRow.ModuleShareView> modules) {
        if (modules == null || modules.isEmpty()) {
            return null;
        }
        return modules.stream()
                .map(m -> words("module." + m.module())
                        + (m.credits() == null
                                ? ""
                                : " " + m.credits().stripTrailingZeros().toPlainString()))
                .collect(Collectors.joining(" / "));
    }

    private static String words(String key) {
        return DomainMessages.format(key, List.of(), ZH);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
