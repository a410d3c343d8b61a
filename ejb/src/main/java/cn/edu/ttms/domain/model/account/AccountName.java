package cn.edu.ttms.domain.model.account;

/** How people are named where they acted: the account's display name and the name of its unit. */
public record AccountName(String username, String displayName, String unitName) implements java.io.Serializable {}
