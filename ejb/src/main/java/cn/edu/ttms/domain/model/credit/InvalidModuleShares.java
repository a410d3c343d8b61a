package cn.edu.ttms.domain.model.credit;

import cn.edu.ttms.domain.model.shared.Invalid;

/**
 * A project's module declaration that cannot split a result (rules.md §3.10): none given, a module
 * listed twice, or no hours at all to take a proportion of.
 */
public class InvalidModuleShares extends Invalid {

    private static final long serialVersionUID = 1L;

    private InvalidModuleShares(String key, String english, Object... args) {
        super(key, english, args);
    }

    static InvalidModuleShares empty() {
        return new InvalidModuleShares(
                "error.moduleShares.empty", "A project must say how its hours divide among the modules");
    }

    static InvalidModuleShares duplicate(Object module) {
        return new InvalidModuleShares(
                "error.moduleShares.duplicate", "The module " + module + " is listed twice", module);
    }

    static InvalidModuleShares noHours() {
        return new InvalidModuleShares(
                "error.moduleShares.noHours", "The modules' hours add up to 0; nothing to split by");
    }
}
