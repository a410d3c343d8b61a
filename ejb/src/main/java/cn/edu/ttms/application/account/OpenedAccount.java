package cn.edu.ttms.application.account;

/**
 * A new account and its one-time password, in clear this once (the administrator hands it over);
 * {@code null} for a directory account, which has no password here.
 */
public record OpenedAccount(AccountView account, String initialPassword) {}
