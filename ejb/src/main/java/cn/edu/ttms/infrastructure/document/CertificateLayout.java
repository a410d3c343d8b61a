package cn.edu.ttms.infrastructure.document;

import static cn.edu.ttms.infrastructure.document.Labels.name;
import static cn.edu.ttms.infrastructure.document.Labels.number;
import static cn.edu.ttms.infrastructure.document.Labels.text;

import cn.edu.ttms.application.document.CertificateContent;
import cn.edu.ttms.application.document.Issue;
import java.awt.Color;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The layout of a completion certificate (结业证书): one A4 page in landscape inside a double border, the
 * title spread wide, the wording of a Chinese certificate (XXX 同志：参加了… 特发此证。), the host institution,
 * issuing unit and date at the bottom right where the seal would be, and the QR code with the
 * verification code at the bottom left.
 */
final class CertificateLayout {

    static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private static final Color BORDER = new Color(0x9A, 0x1B, 0x1B);
    private static final float TEXT = 18;
    private static final float LEADING = 36;
    private static final float QR_SIDE = Sheet.mm(30);

    private CertificateLayout() {}

    static void lay(Sheet sheet, CertificateContent content) {
        sheet.newPage();
        float width = SIZE.getWidth();
        float height = SIZE.getHeight();
        float outer = Sheet.mm(10);
        float inner = Sheet.mm(13);
        sheet.frame(outer, outer, width - 2 * outer, height - 2 * outer, 3, BORDER);
        sheet.frame(inner, inner, width - 2 * inner, height - 2 * inner, 0.8f, BORDER);

        sheet.spaced(text("certificate.title"), width / 2, 200, Sheet.mm(13) + 78, 36, BORDER);

        float left = Sheet.mm(38);
        float right = width - Sheet.mm(38);
        float baseline = Sheet.mm(13) + 145;
        sheet.text(text("certificate.salutation", content.holder().name()), left, baseline, TEXT + 1, Sheet.INK, true);
        baseline += LEADING + 4;
        // two ideographic spaces: the first-line indent of Chinese prose
        for (String line : sheet.wrap("\u3000\u3000" + body(content), TEXT, right - left)) {
            sheet.text(line, left, baseline, TEXT, Sheet.INK);
            baseline += LEADING;
        }
        sheet.text("\u3000\u3000" + text("certificate.closing"), left, baseline, TEXT, Sheet.INK);

        Issue issue = content.issue();
        float signatureRight = right - 10;
        float foot = height - Sheet.mm(13) - Sheet.mm(12);
        List<String> signatures = content.host() == null || content.host().isBlank()
                ? List.of(
                        text("certificate.issuer", issue.issuer()),
                        text("certificate.date", Labels.chineseDate(issue.issuedOn())))
                : List.of(
                        text("certificate.host", content.host()),
                        text("certificate.issuer", issue.issuer()),
                        text("certificate.date", Labels.chineseDate(issue.issuedOn())));
        float signatureBaseline = foot - (signatures.size() - 1) * 24 - 4;
        for (String line : signatures) {
            sheet.rightAligned(line, signatureRight, signatureBaseline, 13, Sheet.INK);
            signatureBaseline += 24;
        }

        float qrTop = foot - QR_SIDE;
        new QrCode(issue.qrPayload()).draw(sheet, left, qrTop, QR_SIDE);
        float textLeft = left + QR_SIDE + 10;
        float codeBaseline = qrTop + 22;
        sheet.text(text("certificate.code", issue.code()), textLeft, codeBaseline, 10, Sheet.INK, true);
        float widest = 0;
        for (String line : signatures) {
            widest = Math.max(widest, sheet.width(line, 13));
        }
        // the URL wraps before it reaches the signatures
        float urlWidth = Math.max(120, Math.min(290, signatureRight - widest - 16 - textLeft));
        for (String line : sheet.wrap(text("certificate.url", issue.verificationUrl()), 8, urlWidth)) {
            codeBaseline += 14;
            sheet.text(line, textLeft, codeBaseline, 8, Sheet.GREY);
        }
        sheet.text(text("footer.scan"), textLeft, codeBaseline + 16, 8, Sheet.GREY);
    }

    /** 参加了…（项目编号 …，省级），于…至…完成培训，考核合格（等次 优），计 n 学时、n 学分。 */
    static String body(CertificateContent content) {
        String level = name(content.level());
        String about = content.projectCode() == null || content.projectCode().isBlank()
                ? level
                : text("certificate.projectCode", content.projectCode()) + "，" + level;
        String grade = content.grade() == null ? "" : text("certificate.grade", name(content.grade()));
        if (content.start() == null || content.end() == null) {
            return text(
                    "certificate.bodyUndated",
                    content.projectName(),
                    about,
                    grade,
                    number(content.hours()),
                    number(content.credits()));
        }
        return text(
                "certificate.body",
                content.projectName(),
                about,
                Labels.chineseDate(content.start()),
                Labels.chineseDate(content.end()),
                grade,
                number(content.hours()),
                number(content.credits()));
    }
}
