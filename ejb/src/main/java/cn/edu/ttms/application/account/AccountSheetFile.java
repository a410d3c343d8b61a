package cn.edu.ttms.application.account;

/** A fetched account sheet (xlsx) or several of them (zip): its name without extension, and its bytes. */
public record AccountSheetFile(String name, String fallbackName, byte[] content, int accounts) {}
