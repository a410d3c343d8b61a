package cn.edu.ttms.interfaces.rest.document;

import cn.edu.ttms.application.document.IssuedPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A class's certificates in one zip, one signed PDF each, with a short note on checking them. */
public final class CertificateZip {

    private CertificateZip() {}

    public static byte[] of(List<IssuedPdf> certificates, String projectName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            Set<String> names = new HashSet<>();
            for (IssuedPdf pdf : certificates) {
                String name = pdf.fileName();
                if (!names.add(name)) {
                    // two trainees of one name: the code tells them apart
                    name = name.replaceFirst("\\.pdf$", "-" + pdf.code() + ".pdf");
                    names.add(name);
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(pdf.pdf());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("说明.txt"));
            zip.write(readme(certificates.size(), projectName).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String readme(int count, String projectName) {
        return "“" + projectName + "”结业证书，共 " + count + " 份。\r\n\r\n"
                + "每份证书都带有出具单位的电子签名（PDF 文档签名），并印有验证码和二维码：\r\n"
                + "扫码或在浏览器中打开证书上印的核验地址，即可查看证书是否有效。\r\n"
                + (count == 0 ? "\r\n本项目目前没有已认定且合格的学员成绩，因此没有证书。\r\n" : "")
                + "\r\nCompletion certificates of \"" + projectName + "\": " + count + ". Each PDF is signed by the"
                + " issuing bureau and carries a verification code and QR code.\r\n";
    }
}
