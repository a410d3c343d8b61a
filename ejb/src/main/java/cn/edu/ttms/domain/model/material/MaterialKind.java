package cn.edu.ttms.domain.model.material;

import cn.edu.ttms.domain.model.shared.MessageKeyed;
import java.util.EnumSet;
import java.util.Set;

/** What a project's material is; all but {@link #OTHER} are due after every class (workflow.md §6). */
public enum MaterialKind implements MessageKeyed {
    /** 培训通知 */
    NOTICE,
    /** 实施方案 */
    PLAN,
    /** 现场照片 */
    PHOTOS,
    /** 培训总结 */
    SUMMARY,
    /** 满意度调查结果 */
    SATISFACTION,
    /** 其他 */
    OTHER;

    /** The kinds every class owes, in the order they are named. */
    public static final Set<MaterialKind> REQUIRED = EnumSet.of(NOTICE, PLAN, PHOTOS, SUMMARY, SATISFACTION);

    @Override
    public String messageKey() {
        return "materialKind." + name();
    }
}
