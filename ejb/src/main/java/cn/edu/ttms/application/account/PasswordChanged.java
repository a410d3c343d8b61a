package cn.edu.ttms.application.account;

/** A CDI event: an account's password changed, so whatever remembers the old one must forget it. */
public record PasswordChanged(String username) {}
