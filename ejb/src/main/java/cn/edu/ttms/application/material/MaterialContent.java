package cn.edu.ttms.application.material;

/** A material's file as downloaded: its name, type and bytes. */
public record MaterialContent(String fileName, String contentType, byte[] content) {}
