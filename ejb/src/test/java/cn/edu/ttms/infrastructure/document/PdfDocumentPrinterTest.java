package cn.edu.ttms.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.document.CertificateContent;
import cn.edu.ttms.application.document.TranscriptContent;
import cn.edu.ttms.infrastructure.signature.HttpTimeStampClient;
import cn.edu.ttms.infrastructure.signature.LocalTimeStampAuthority;
import cn.edu.ttms.infrastructure.signature.PadesSignatures;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfDocumentPrinterTest {

    private static final PdfDocumentPrinter PRINTER = new PdfDocumentPrinter();

    private static byte[] transcript;
    private static byte[] certificate;

    @TempDir
    Path directory;

    @BeforeAll
    static void print() {
        transcript = PRINTER.transcript(SampleDocuments.transcript(), SampleDocuments.SEAL);
        certificate = PRINTER.certificate(SampleDocuments.certificate(), SampleDocuments.SEAL);
    }

    @Test
    void pdfsigFindsTheTranscriptSignatureValidAndCoveringTheWholeDocument() throws Exception {
        assertSignedAndValid(transcript, "培训学时学分证明");
    }

    @Test
    void pdfsigFindsTheCertificateSignatureValidAndCoveringTheWholeDocument() throws Exception {
        assertSignedAndValid(certificate, "结业证书");
    }

    @Test
    void aSealOnAnRsaKeySignsToo() throws Exception {
        byte[] signed = PRINTER.certificate(SampleDocuments.certificate(), SampleDocuments.rsaSeal());
        assertSignedAndValid(signed, "结业证书");
    }

    @Test
    void withATimeStampAuthorityTheSignatureCarriesItsTimeStamp() throws Exception {
        try (LocalTimeStampAuthority tsa = new LocalTimeStampAuthority()) {
            Instant before = Instant.now().minusSeconds(5);
            PdfDocumentPrinter stamping =
                    new PdfDocumentPrinter(java.time.Clock.systemUTC(), new HttpTimeStampClient(tsa.url()));
            byte[] signed = stamping.certificate(SampleDocuments.certificate(), SampleDocuments.SEAL);

            assertSignedAndValid(signed, "结业证书");
            try (PDDocument document = Loader.loadPDF(signed)) {
                byte[] cms = document.getLastSignatureDictionary().getContents(signed);
                Instant stamped = PadesSignatures.timeStampOf(cms);
                assertNotNull(stamped, "PAdES B-T: a signature time-stamp");
                assertTrue(
                        stamped.isAfter(before)
                                && stamped.isBefore(Instant.now().plusSeconds(5)),
                        stamped::toString);
            }
            // without an authority: B-B, no time-stamp
            try (PDDocument document = Loader.loadPDF(certificate)) {
                assertNull(PadesSignatures.timeStampOf(
                        document.getLastSignatureDictionary().getContents(certificate)));
            }
        }
    }

    private void assertSignedAndValid(byte[] pdf, String reason) throws Exception {
        Path file = write("signed.pdf", pdf);
        Poppler.Run run = Poppler.run("pdfsig", file);
        String out = run.output();
        assertTrue(out.contains("Signature Validation: Signature is Valid."), out);
        assertTrue(out.contains("Total document signed"), out);
        assertTrue(out.contains("Signature Type: ETSI.CAdES.detached"), out);
        assertTrue(out.contains("Signing Hash Algorithm: SHA-256"), out);
        // pdfsig knows no TTMS authority: the only complaint may be that its issuer is not trusted
        Matcher certificate = Pattern.compile("Certificate Validation: (.*)").matcher(out);
        assertTrue(certificate.find(), out);
        assertEquals("Certificate issuer isn't Trusted.", certificate.group(1).trim(), out);
        assertEquals(1, out.split("Signature #").length - 1, "one signature: " + out);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertEquals(SampleDocuments.ISSUER, signature.getName());
            assertEquals(reason, signature.getReason());
            assertNotNull(signature.getSignDate());
            assertEquals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), signature.getSubFilter());
            int[] range = signature.getByteRange();
            assertEquals(0, range[0]);
            assertEquals(pdf.length, range[2] + range[3], "the byte range reaches the end of the file");
            // certified, no changes allowed
            assertNotNull(document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS));

            byte[] contents = signature.getContents(pdf);
            CMSSignedData cms =
                    new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), contents);
            SignerInformation signer =
                    cms.getSignerInfos().getSigners().iterator().next();
            AttributeTable attributes = signer.getSignedAttributes();
            assertNull(attributes.get(CMSAttributes.signingTime), "PAdES: the time is M, not a CMS attribute");
            assertNotNull(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
            assertNotNull(attributes.get(CMSAttributes.contentType));
            assertNotNull(attributes.get(CMSAttributes.messageDigest));
            assertEquals(2, cms.getCertificates().getMatches(null).size(), "the seal's chain");
        }
    }

    @Test
    void aByteChangedInsideTheSignedRangeBreaksTheSignature() throws Exception {
        byte[] tampered = transcript.clone();
        int at = indexOf(tampered, "stream".getBytes(StandardCharsets.US_ASCII), 0) + 40;
        try (PDDocument document = Loader.loadPDF(transcript)) {
            int[] range = document.getLastSignatureDictionary().getByteRange();
            assertTrue(at < range[1], "the changed byte lies in the first signed range");
        }
        tampered[at] ^= 0x01;
        Poppler.Run run = Poppler.run("pdfsig", write("tampered.pdf", tampered));
        assertFalse(run.output().contains("Signature is Valid."), run.output());
        assertTrue(
                run.output().contains("Digest Mismatch") || run.output().contains("Signature is Invalid"),
                run.output());
    }

    @Test
    void theChineseFontIsEmbeddedAsASubset() throws Exception {
        for (byte[] pdf : List.of(transcript, certificate)) {
            Poppler.Run run = Poppler.run("pdffonts", write("fonts.pdf", pdf));
            assertEquals(0, run.exit(), run.output());
            List<String> fonts = run.output().lines().skip(2).toList();
            assertEquals(1, fonts.size(), run.output());
            String font = fonts.get(0);
            assertTrue(font.matches("[A-Z]{6}\\+WenQuanYiMicroHei\\s.*"), font);
            assertTrue(font.matches(".*CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes.*"), "emb sub uni: " + font);
        }
    }

    @Test
    void theTextIsSearchable() throws Exception {
        String text = text(transcript);
        // a cell wraps its text over lines: compare without the line breaks
        String joined = text.replaceAll("\\s*\\R\\s*", "");
        assertTrue(text.contains(SampleDocuments.HOLDER), text);
        assertTrue(text.contains("530902********1526"), text);
        assertTrue(joined.contains("临翔区新任教师师德师风专题研修"), text);
        assertTrue(joined.contains(SampleDocuments.PROJECT), text);
        assertTrue(text.contains("待认定的培训成绩（非最终）"), text);
        assertTrue(text.contains("专业知识 6") && text.contains("专业能力 6"), text);
        assertTrue(text.contains("专业理念与师德 4.5"), text);
        assertTrue(text.contains("25.92") && text.contains("86.5"), "figures without trailing zeros: " + text);
        assertTrue(text.contains("未到期"), text);
        assertTrue(text.contains(SampleDocuments.CODE), text);
        assertTrue(text.contains("第 1 页 共 "), text);

        String words = text(certificate).replaceAll("\\s+", "");
        assertTrue(words.contains("林晓燕同志："), words);
        assertTrue(words.contains(SampleDocuments.PROJECT), words);
        assertTrue(words.contains("于2026年3月2日至2026年3月20日完成培训，考核合格（等次优），计48学时、12学分。"), words);
        assertTrue(words.contains("特发此证。"), words);
    }

    @Test
    void theQrCodeOnTheRenderedPageReadsTheVerificationPayload() throws Exception {
        assertEquals(SampleDocuments.QR_PAYLOAD, qr(transcript));
        assertEquals(SampleDocuments.QR_PAYLOAD, qr(certificate));
    }

    @Test
    void fortyResultsContinueOnFurtherPagesWithTheHeadingRepeated() throws Exception {
        byte[] pdf = PRINTER.transcript(SampleDocuments.longTranscript(40), SampleDocuments.SEAL);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains("第 " + page + " 页 共 " + pages + " 页"), text);
            }
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertTrue(second.contains("项目名称"), "the heading row again: " + second);
            assertTrue(second.contains("培训学时学分证明（续）"), second);
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(document);
            assertTrue(all.contains("LX-2026-0001") && all.contains("LX-2026-0040"), all);
        }
        assertSignedAndValid(pdf, "培训学时学分证明");
    }

    @Test
    void aCycleWithoutResultsSaysSo() throws Exception {
        byte[] pdf = PRINTER.transcript(SampleDocuments.emptyTranscript(), SampleDocuments.SEAL);
        String text = text(pdf);
        assertTrue(text.contains("本培训周期内没有培训成绩记录。"), text);
        assertFalse(text.contains("项目名称"), "no empty result table: " + text);
        assertTrue(text.contains("二、达标情况"), "sections numbered as printed: " + text);
        assertEquals(SampleDocuments.QR_PAYLOAD, qr(pdf));
    }

    @Test
    void documentsMadeConcurrentlyAreEachWholeAndValid() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> made = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                made.add(pool.submit(() -> n % 2 == 0
                        ? PRINTER.transcript(SampleDocuments.longTranscript(5 + n), SampleDocuments.SEAL)
                        : PRINTER.certificate(SampleDocuments.certificate(), SampleDocuments.SEAL)));
            }
            for (int i = 0; i < made.size(); i++) {
                byte[] pdf = made.get(i).get(60, TimeUnit.SECONDS);
                String text = text(pdf).replaceAll("\\s+", "");
                assertTrue(text.contains(i % 2 == 0 ? "LX-2026-%04d".formatted(5 + i) : "特发此证。"), text);
                Poppler.Run run = Poppler.run("pdfsig", write("concurrent-" + i + ".pdf", pdf));
                assertTrue(run.output().contains("Signature is Valid."), run.output());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCharacterTheFontLacksIsMarkedNotFatal() throws Exception {
        // U+2A6A5 (CJK extension B) is beyond the font, as a rare character in a name may be
        String rare = new String(Character.toChars(0x2A6A5));
        CertificateContent content = SampleDocuments.certificate();
        CertificateContent named = new CertificateContent(
                new TranscriptContent.Holder("张" + rare + "华", "530902********0011", "临沧市第一中学"),
                content.projectCode(),
                content.projectName(),
                content.level(),
                content.host(),
                content.start(),
                content.end(),
                content.hours(),
                content.credits(),
                content.grade(),
                content.issue());
        String text = text(PRINTER.certificate(named, SampleDocuments.SEAL));
        assertTrue(text.contains("张〓华"), text);
    }

    @Test
    void theSealIsTheIssuingUnitsCertificate() {
        X509Certificate certificate = SampleDocuments.SEAL.certificate();
        assertTrue(certificate.getSubjectX500Principal().getName().contains(SampleDocuments.ISSUER));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String qr(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            return new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        }
    }

    private Path write(String name, byte[] pdf) throws Exception {
        Path file = directory.resolve(name);
        Files.write(file, pdf);
        return file;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
