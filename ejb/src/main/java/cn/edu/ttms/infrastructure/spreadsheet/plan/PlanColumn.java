package cn.edu.ttms.infrastructure.spreadsheet.plan;

import java.util.List;
import java.util.Optional;

/**
 * The columns of a bureau's annual plan in the layout of the Chenzhou 2018 table: one header row,
 * and under 培训天数 a second row splitting the days into 异地, 本地 and 合计. A column is found by its
 * header wherever it stands, in its usual spellings; spaces, full-width forms and a bracketed hint
 * ({@code 培训人数（人）}) do not matter.
 */
enum PlanColumn {
    SEQUENCE("序号", true, false, "编号"),
    PROPOSING_UNIT("申报单位", false, false, "项目申报单位", "提出单位", "项目提出单位"),
    CATEGORY("项目类别", false, false, "类别"),
    NAME("项目名称", true, false, "培训项目", "培训项目名称"),
    FORM("培训形式", true, false, "形式"),
    AUDIENCE("培训对象", false, false, "参培对象"),
    DAYS("培训天数", true, false, "天数"),
    DAYS_OFF_SITE("异地", true, true, "异地天数"),
    DAYS_LOCAL("本地", true, true, "本地天数"),
    DAYS_TOTAL("合计", true, true, "小计", "合计天数"),
    TRAINEES("培训人数", true, false, "参培人数", "人数", "培训人次"),
    HOST("承办单位", false, false, "承办机构", "培训机构", "培训承办单位"),
    /** Not in the Chenzhou table: the export adds it so that a plan of mixed levels reads back as it was. */
    LEVEL("项目级别", false, false, "级别", "培训级别", "项目层级");

    private final String header;
    private final boolean required;
    private final boolean daysPart;
    private final List<String> names;

    PlanColumn(String header, boolean required, boolean daysPart, String... aliases) {
        this.header = header;
        this.required = required;
        this.daysPart = daysPart;
        String[] all = new String[aliases.length + 1];
        all[0] = header;
        System.arraycopy(aliases, 0, all, 1, aliases.length);
        this.names = List.of(all);
    }

    /** The header of the Chenzhou table, named when the column is missing. */
    String header() {
        return header;
    }

    boolean isRequired() {
        return required;
    }

    /** True for 异地, 本地 and 合计, found in the second header row, under 培训天数. */
    boolean isDaysPart() {
        return daysPart;
    }

    /** The column a header cell names, among the first row's or the second row's columns. */
    static Optional<PlanColumn> matching(String headerText, boolean secondRow) {
        String key = PlanText.headerKey(headerText);
        for (PlanColumn column : values()) {
            if (column.daysPart == secondRow && column.names.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
