package cn.edu.ttms.application.demo;

import cn.edu.ttms.domain.model.account.Role;
import java.util.List;
import java.util.Set;

/** The demo accounts of api.md: username, display name, the unit they belong to, roles. */
final class DemoAccounts {

    /** The demo password of api.md, for evaluation only. */
    static final String PASSWORD = "Demo@2026";

    /**
     * The signing PIN of the demo signers' certificates ({@code lead}, {@code principal},
     * {@code cityreviewer}, {@code province}), for evaluation only: the README documents it.
     */
    static final String SIGNING_PIN = "123456";

    record Account(String username, String displayName, String organisation, Set<Role> roles) {}

    static final List<Account> ALL = List.of(
            new Account("admin", "系统管理员", "云南省", Set.of(Role.ADMIN)),
            new Account("province", "云南省教育厅 李明", "云南省", Set.of(Role.PROVINCE_OFFICER)),
            new Account("city", "临沧市教育局 王芳", "临沧市", Set.of(Role.BUREAU_STAFF)),
            new Account("cityreviewer", "临沧市教育局 赵刚", "临沧市", Set.of(Role.BUREAU_REVIEWER)),
            new Account("linxiang", "临翔区教育局 张丽", "临翔区", Set.of(Role.BUREAU_STAFF)),
            new Account("fengqing", "凤庆县教育局 陈伟", "凤庆县", Set.of(Role.BUREAU_STAFF)),
            new Account("principal", "杨校长", "临翔区第一完全小学", Set.of(Role.SCHOOL_ADMIN)),
            new Account("lead", "临沧市教师发展中心 周敏", "临沧市教师发展中心", Set.of(Role.PROJECT_LEAD)),
            new Account("teacher", "李老师", "临翔区第一完全小学", Set.of(Role.TEACHER)),
            new Account("teacher2", "段老师", "凤庆县第一中学", Set.of(Role.TEACHER)));

    private DemoAccounts() {}
}
