package cn.edu.ttms.infrastructure.signature;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The README that travels with exported signatures. Whoever receives the files (an auditor, another
 * bureau, a court) has no access to this system, so the README says in both languages what each file
 * is and gives the exact OpenSSL command for each signature: the files are only worth something if a
 * stranger can check them with a standard tool.
 */
public final class SignatureExport {

    /** Names that need no quoting in any shell (sh, cmd, PowerShell). */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9._/-]+");

    private SignatureExport() {}

    /** The README for signatures that all cover the same snapshot file. */
    public static String readme(String snapshotFile, List<String> signatureFiles, String caFile) {
        List<Signed> signed = new ArrayList<>();
        for (String signature : signatureFiles) {
            signed.add(new Signed(signature, snapshotFile));
        }
        return text(signed, caFile);
    }

    /**
     * The README for signatures over possibly different snapshots (one per revision of a batch).
     *
     * @param signatureAndSnapshotFiles one entry per signature, {@code "signature.der|snapshot.json"}
     */
    public static String readme(List<String> signatureAndSnapshotFiles, String caFile) {
        List<Signed> signed = new ArrayList<>();
        for (String entry : signatureAndSnapshotFiles) {
            int bar = entry.indexOf('|');
            if (bar <= 0 || bar == entry.length() - 1) {
                throw new IllegalArgumentException("expected \"signature|snapshot\", got " + entry);
            }
            signed.add(new Signed(entry.substring(0, bar), entry.substring(bar + 1)));
        }
        return text(signed, caFile);
    }

    /** One signature file and the snapshot file it covers. */
    private record Signed(String signature, String snapshot) {

        String verifyCommand(String caFile) {
            return "openssl cms -verify -binary -inform DER -in " + quoted(signature) + " -content " + quoted(snapshot)
                    + " -CAfile " + quoted(caFile) + " -purpose any -out /dev/null";
        }

        String printCommand() {
            return "openssl cms -cmsout -print -inform DER -in " + quoted(signature);
        }
    }

    private static String text(List<Signed> signed, String caFile) {
        Set<String> snapshots = new LinkedHashSet<>();
        signed.forEach(s -> snapshots.add(s.snapshot()));
        StringBuilder text = new StringBuilder();

        text.append("成绩电子签名核验说明\n");
        text.append("====================\n\n");
        text.append("一、文件说明\n\n");
        for (String snapshot : snapshots) {
            text.append("  ").append(snapshot).append("\n");
            text.append("      被签名的成绩快照（RFC 8785 规范化 JSON，UTF-8 编码）。签名针对的是该文件的每一个字节：\n");
            text.append("      请勿用编辑器打开后另存，否则核验必然失败。\n");
        }
        for (Signed s : signed) {
            text.append("  ").append(s.signature()).append("\n");
            text.append("      对 ").append(s.snapshot()).append(" 的分离式 CMS（PKCS#7）电子签名，DER 编码。其中含签名人证书，以及签名时间和签名含义\n");
            text.append("      （确认、审核通过或认定）；后两者是被签名的属性，事后无法改动。\n");
        }
        text.append("  ").append(caFile).append("\n");
        text.append("      签发签名人证书的根证书（PEM 格式），即核验时信任的机构。以 -signer.pem 结尾的文件（如有）是各签名人的证书，\n");
        text.append("      仅供查看，签名文件中已包含。\n\n");
        text.append("二、核验方法（需要 OpenSSL 1.1.1 或更高版本，在本目录中执行）\n\n");
        for (Signed s : signed) {
            text.append("  ").append(s.verifyCommand(caFile)).append("\n\n");
        }
        text.append("  输出 “Verification successful” 表示：快照文件与签名时逐字节一致，且签名人证书由 ")
                .append(caFile)
                .append(" 中的机构签发。\n");
        text.append("  输出 “Verification failure” 或其他错误，表示快照被改动、签名已损坏或证书并非该机构签发，此时不应认可该成绩。\n");
        text.append("  Windows 命令行中请将 /dev/null 换成 NUL。\n");
        text.append("  若签名人证书在签名之后已经过期，OpenSSL 会报告 “certificate has expired”：请按下文查看签名时间，\n");
        text.append("  并在命令中加上 -attime <签名时间的 Unix 时间戳（秒）> 后重新核验。\n\n");
        text.append("  请另行确认 ").append(caFile).append(" 确为发证教育局的根证书，例如向该局核对其 SHA-256 指纹：\n\n");
        text.append("  openssl x509 -in ").append(quoted(caFile)).append(" -noout -subject -fingerprint -sha256\n\n");
        text.append("  被吊销的签名人证书列于根证书机构的证书吊销列表（CRL），可从本系统无需登录下载：\n");
        text.append("  GET /api/v1/ca/crl（DER 格式）。加上 -crl_check -CRLfile ttms-ca.crl 核验即同时检查吊销状态\n");
        text.append("  （先用 openssl crl -inform DER -in ttms-ca.crl -out ttms-ca.crl.pem 转为 PEM）。\n\n");
        text.append("三、查看签名时间和签名含义\n\n");
        for (Signed s : signed) {
            text.append("  ").append(s.printCommand()).append("\n");
        }
        text.append(
                "\n  在 signedAttrs 中：signingTime 是签名时间（UTC）；id-smime-aa-ets-commitmentType（1.2.840.113549.1.9.16.2.16）\n");
        text.append("  中的 UTF8String 是签名含义：确认（项目负责人）、审核通过（教育局审核人）或认定（省级认定）。OpenSSL 可能以\n");
        text.append("  UTF-8 字节显示这些汉字：确认 = E7 A1 AE E8 AE A4，审核通过 = E5 AE A1 E6 A0 B8 E9 80 9A E8 BF 87，\n");
        text.append(
                "  认定 = E8 AE A4 E5 AE 9A。unsignedAttrs 中若有 id-smime-aa-timeStampToken（1.2.840.113549.1.9.16.2.14），\n");
        text.append("  则是时间戳机构出具的 RFC 3161 时间戳。\n\n\n");

        text.append("Verifying the electronic signatures of training results\n");
        text.append("=======================================================\n\n");
        text.append("1. The files\n\n");
        for (String snapshot : snapshots) {
            text.append("  ").append(snapshot).append("\n");
            text.append(
                    "      The signed snapshot of the results (RFC 8785 canonical JSON, UTF-8). The signatures cover\n");
            text.append(
                    "      every byte of it: do not open and re-save it in an editor, or verification will fail.\n");
        }
        for (Signed s : signed) {
            text.append("  ").append(s.signature()).append("\n");
            text.append("      A detached CMS (PKCS#7) signature over ")
                    .append(s.snapshot())
                    .append(", DER-encoded. It carries the signer's\n");
            text.append(
                    "      certificate, and as signed attributes the signing time and the meaning of the signature\n");
            text.append("      (确认 confirm, 审核通过 approve, 认定 recognise), which cannot be changed afterwards.\n");
        }
        text.append("  ").append(caFile).append("\n");
        text.append(
                "      The certificate (PEM) of the authority that issued the signers' certificates: the trust anchor.\n");
        text.append(
                "      Files ending in -signer.pem, if any, are the signers' certificates, for reading only; each\n");
        text.append("      signature already contains its signer's certificate.\n\n");
        text.append("2. Verifying (OpenSSL 1.1.1 or later, run in this directory)\n\n");
        for (Signed s : signed) {
            text.append("  ").append(s.verifyCommand(caFile)).append("\n\n");
        }
        text.append(
                "  \"Verification successful\" means that the snapshot file is byte for byte what was signed and that\n");
        text.append("  the signer's certificate was issued by the authority in ")
                .append(caFile)
                .append(".\n");
        text.append(
                "  \"Verification failure\" or any other error means that the snapshot was changed, the signature is\n");
        text.append("  damaged or the certificate comes from another authority: do not accept the results.\n");
        text.append("  On Windows, write NUL instead of /dev/null.\n");
        text.append(
                "  If the signer's certificate has expired since signing, OpenSSL reports \"certificate has expired\":\n");
        text.append("  look up the signing time as shown below and add -attime <signing time as Unix seconds>.\n\n");
        text.append("  Separately make sure that ")
                .append(caFile)
                .append(" really is the issuing bureau's certificate, e.g. by comparing its\n");
        text.append("  SHA-256 fingerprint with the one the bureau publishes:\n\n");
        text.append("  openssl x509 -in ").append(quoted(caFile)).append(" -noout -subject -fingerprint -sha256\n\n");
        text.append("  Revoked signer certificates are listed in the authority's certificate revocation list (CRL),\n");
        text.append(
                "  downloadable from this system without signing in: GET /api/v1/ca/crl (DER). To check revocation\n");
        text.append("  too, convert it (openssl crl -inform DER -in ttms-ca.crl -out ttms-ca.crl.pem) and add\n");
        text.append("  -crl_check -CRLfile ttms-ca.crl.pem to the commands above.\n\n");
        text.append("3. Reading the signing time and the meaning\n\n");
        for (Signed s : signed) {
            text.append("  ").append(s.printCommand()).append("\n");
        }
        text.append("\n  Under signedAttrs, signingTime is the time of signing (UTC) and the UTF8String inside\n");
        text.append(
                "  id-smime-aa-ets-commitmentType (1.2.840.113549.1.9.16.2.16) is the meaning. OpenSSL may show the Chinese\n");
        text.append("  words as UTF-8 bytes: 确认 = E7 A1 AE E8 AE A4, 审核通过 = E5 AE A1 E6 A0 B8 E9 80 9A E8 BF 87,\n");
        text.append("  认定 = E8 AE A4 E5 AE 9A. An id-smime-aa-timeStampToken (1.2.840.113549.1.9.16.2.14) under\n");
        text.append("  unsignedAttrs is an RFC 3161 time-stamp from a time-stamp authority.\n");
        return text.toString();
    }

    /** A file name as typed into a shell: double quotes only when it has spaces or other specials. */
    private static String quoted(String file) {
        return PLAIN_NAME.matcher(file).matches() ? file : "\"" + file + "\"";
    }
}
