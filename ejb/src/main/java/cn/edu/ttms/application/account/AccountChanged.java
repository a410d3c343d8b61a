package cn.edu.ttms.application.account;

/**
 * An administrator changed an account's standing (roles, unit, enabled, password): credentials
 * remembered for the API are forgotten at once, so the change takes effect on the next request.
 */
public record AccountChanged(String username) {}
