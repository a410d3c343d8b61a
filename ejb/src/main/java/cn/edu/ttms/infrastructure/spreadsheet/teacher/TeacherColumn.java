package cn.edu.ttms.infrastructure.spreadsheet.teacher;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a teacher spreadsheet, in the order of the template. Bureaus keep their own
 * sheets, so a column is found by its header wherever it stands, and a header is recognised in its
 * usual spellings: Chinese first, the English field name, and the longer forms found in real sheets
 * (身份证号码, 手机号码…). Columns the importer does not know (序号, 备注) are ignored.
 */
public enum TeacherColumn {
    NAME("姓名", true, "name", "教师姓名"),
    GENDER("性别", false, "gender", "sex"),
    IDENTITY_NUMBER("身份证号", true, "identityNumber", "身份证号码", "身份证", "公民身份号码", "idNumber"),
    PHONE("手机", false, "phone", "手机号", "手机号码", "联系电话", "mobile"),
    SCHOOL("学校", true, "school", "学校名称", "所在学校", "任职学校"),
    SUBJECT("学科", true, "subject", "任教学科"),
    STAGE("学段", true, "stage", "任教学段"),
    TITLE("职称", false, "title", "专业技术职务"),
    SERVICE_START("参加工作时间", false, "serviceStart", "参加工作日期"),
    PRIVATE_SCHOOL("民办", false, "private", "privateSchool", "是否民办", "民办学校");

    private static final Map<String, TeacherColumn> BY_HEADER = new HashMap<>();

    static {
        for (TeacherColumn column : values()) {
            for (String name : column.names) {
                BY_HEADER.put(normalise(name), column);
            }
        }
    }

    private final String header;
    private final boolean required;
    private final List<String> names;

    TeacherColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.names = concat(header, aliases);
    }

    /** The Chinese header of the template, also the column named when the column is missing. */
    public String header() {
        return header;
    }

    public boolean isRequired() {
        return required;
    }

    /** Every header this column answers to, the template's first. */
    public List<String> names() {
        return names;
    }

    /**
     * The column a header cell names. Whitespace anywhere, a required-field star and a bracketed hint
     * ({@code 参加工作时间（yyyy-MM-dd）}) are ignored, English case too.
     */
    public static Optional<TeacherColumn> matching(String headerText) {
        return Optional.ofNullable(BY_HEADER.get(normalise(headerText)));
    }

    static String normalise(String text) {
        return cn.edu.ttms.infrastructure.spreadsheet.HeaderText.normalise(text);
    }

    private static List<String> concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return List.of(all);
    }
}
