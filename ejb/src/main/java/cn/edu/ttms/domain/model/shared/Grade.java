package cn.edu.ttms.domain.model.shared;

/**
 * The grade of a training result (培训成绩等级, art. 10): 优、良、中、合格、不合格. Which scores fall in which grade,
 * and each grade's coefficient, are policy data.
 */
public enum Grade implements MessageKeyed {
    EXCELLENT,
    GOOD,
    FAIR,
    PASS,
    FAIL;

    /** Art. 10 grants credits "培训成绩为合格及以上的" — every grade but FAIL. */
    public boolean passed() {
        return this != FAIL;
    }

    @Override
    public String messageKey() {
        return "grade." + name();
    }
}
