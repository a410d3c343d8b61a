package cn.edu.ttms.application.document;

import cn.edu.ttms.domain.model.document.DocumentKind;

/** A signed document handed out: its verification code, a file name for the download, and the PDF. */
public record IssuedPdf(String code, DocumentKind kind, long teacherId, String fileName, byte[] pdf) {

    /** Never the bytes. */
    @Override
    public String toString() {
        return "IssuedPdf[" + kind + " " + code + " " + pdf.length + " bytes]";
    }
}
