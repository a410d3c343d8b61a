package cn.edu.ttms.application.account;

import java.util.List;

/** One page of the accounts a caller manages, and the number of all matches. */
public record AccountPage(List<AccountView> items, long total) {}
