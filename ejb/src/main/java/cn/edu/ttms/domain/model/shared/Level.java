package cn.edu.ttms.domain.model.shared;

/**
 * The level of a project (项目级别). Art. 5 of the Lincang measures sets projects at five levels; art.
 * 9 counts the hours of county-level-or-above projects separately from school-based ones.
 */
public enum Level implements MessageKeyed {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL,
    COUNTY,
    SCHOOL;

    /** Art. 9: "县级以上（含县级）" — COUNTY, MUNICIPAL, PROVINCIAL and NATIONAL. */
    public boolean countyOrAbove() {
        return this != SCHOOL;
    }

    @Override
    public String messageKey() {
        return "level." + name();
    }
}
