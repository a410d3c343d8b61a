package cn.edu.ttms.application.account;

/**
 * What a reissue of a lost account sheet did: the new sheet (not fetched yet) for the accounts that
 * still had no password of their own, and how many accounts of the old sheet were left alone.
 */
public record AccountSheetReissue(AccountSheetSummary sheet, long reissuedFrom, long skipped)
        implements java.io.Serializable {}
