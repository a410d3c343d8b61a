package cn.edu.ttms.infrastructure.document;

import cn.edu.ttms.application.document.DocumentSeal;
import cn.edu.ttms.infrastructure.signature.PadesSignatures;
import cn.edu.ttms.infrastructure.signature.TimeStampClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Signs a finished PDF as the issuing unit: a PAdES baseline B-B document signature (B-T when a
 * time-stamp authority is configured) (sub-filter
 * ETSI.CAdES.detached) added by an incremental update, so that the signed byte ranges cover the whole
 * file, and made a certification signature (DocMDP, no changes allowed), so that a reader flags any
 * later change — even an added annotation — as breaking the document.
 */
final class PadesSigner {

    /**
     * Room for the CMS in /Contents: an EC chain of two certificates needs about 1.5 KB, an RSA chain of
     * a bureau's CA with intermediates several KB; 16 KB leaves room for a time-stamp later.
     */
    static final int CONTENTS_SIZE = 16 * 1024;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private PadesSigner() {}

    /**
     * @param reason what the signature is for (培训学时学分证明)
     * @param at the signing time, written to the signature dictionary's M (PAdES has none in the CMS)
     * @param timeStamps the time-stamp authority of {@code app.signing.tsa-url}, or null for none
     */
    static byte[] sign(
            byte[] unsigned,
            DocumentSeal seal,
            String signerName,
            String reason,
            Instant at,
            TimeStampClient timeStamps) {
        try (PDDocument document = Loader.loadPDF(unsigned);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setSignDate(calendar(at));
            certify(document, signature);
            options.setPreferredSignatureSize(CONTENTS_SIZE);
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length + 2 * CONTENTS_SIZE + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] signedBytes;
            try (InputStream content = external.getContent()) {
                signedBytes = content.readAllBytes();
            }
            external.setSignature(PadesSignatures.sign(signedBytes, seal.key(), seal.chain(), timeStamps));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign the document", e);
        }
    }

    /**
     * DocMDP with P=1 (ISO 32000-1 §12.8.2.2): the first signature certifies the document and permits no
     * change at all.
     */
    private static void certify(PDDocument document, PDSignature signature) {
        COSDictionary parameters = new COSDictionary();
        parameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        parameters.setInt(COSName.P, 1);
        parameters.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
        reference.setItem(COSName.getPDFName("TransformParams"), parameters);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);

        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.DOCMDP, signature);
        catalog.setItem(COSName.PERMS, permissions);
        catalog.setNeedToBeUpdated(true);
        permissions.setNeedToBeUpdated(true);
    }

    private static Calendar calendar(Instant at) {
        return GregorianCalendar.from(at.atZone(CHINA));
    }
}
