package cn.edu.ttms.infrastructure.spreadsheet.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a units spreadsheet (the organisation tree of a new installation), in the order of
 * the template. A column is found by its header wherever it stands; whitespace, a required-field
 * star, a bracketed hint and English case are ignored (HeaderText). Other columns (序号, 备注) are ignored.
 */
public enum UnitColumn {
    NAME("单位名称", true, "名称", "name"),
    KIND("单位类型", true, "类型", "kind"),
    PARENT("上级单位", true, "上级单位名称", "上级单位代码", "上级", "parent"),
    CODE("单位代码", false, "代码", "code");

    private static final Map<String, UnitColumn> BY_HEADER = new HashMap<>();

    static {
        for (UnitColumn column : values()) {
            for (String name : column.names) {
                BY_HEADER.put(normalise(name), column);
            }
        }
    }

    private final String header;
    private final boolean required;
    private final List<String> names;

    UnitColumn(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        String[] all = new String[aliases.length + 1];
        all[0] = header;
        System.arraycopy(aliases, 0, all, 1, aliases.length);
        this.names = List.of(all);
    }

    /** The Chinese header of the template, also the column named when it is missing. */
    public String header() {
        return header;
    }

    public boolean isRequired() {
        return required;
    }

    /** The column a header cell names, if any. */
    public static Optional<UnitColumn> matching(String headerText) {
        return Optional.ofNullable(BY_HEADER.get(normalise(headerText)));
    }

    static String normalise(String text) {
        return cn.edu.ttms.infrastructure.spreadsheet.HeaderText.normalise(text);
    }
}
