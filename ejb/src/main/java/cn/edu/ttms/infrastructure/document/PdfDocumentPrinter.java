package cn.edu.ttms.infrastructure.document;

import cn.edu.ttms.application.document.CertificateContent;
import cn.edu.ttms.application.document.DocumentPrinter;
import cn.edu.ttms.application.document.DocumentSeal;
import cn.edu.ttms.application.document.Issue;
import cn.edu.ttms.application.document.TranscriptContent;
import cn.edu.ttms.infrastructure.signature.HttpTimeStampClient;
import cn.edu.ttms.infrastructure.signature.TimeStampClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The documents as signed PDF: laid out with PDFBox in the shipped Chinese font (a subset embedded),
 * saved, then signed by the issuing unit's seal as a PAdES document signature. Stateless and
 * thread-safe: each call builds its own document.
 */
@ApplicationScoped
public class PdfDocumentPrinter implements DocumentPrinter {

    private final Clock clock;

    private final TimeStampClient givenTimeStamps;

    /** The time-stamp authority documents are stamped by (B-T), as the batches' signatures are; none when unset. */
    @Inject
    @ConfigProperty(name = "app.signing.tsa-url")
    Optional<String> tsaUrl;

    public PdfDocumentPrinter() {
        this(Clock.systemUTC());
    }

    /** A fixed clock makes the signing time of a test document known. */
    PdfDocumentPrinter(Clock clock) {
        this(clock, null);
    }

    /** With a time-stamp authority (null: none). */
    PdfDocumentPrinter(Clock clock, TimeStampClient timeStamps) {
        this.clock = clock;
        this.givenTimeStamps = timeStamps;
    }

    private TimeStampClient timeStamps() {
        if (givenTimeStamps != null || tsaUrl == null) {
            return givenTimeStamps;
        }
        return tsaUrl.map(String::strip)
                .filter(u -> !u.isEmpty())
                .map(u -> (TimeStampClient) new HttpTimeStampClient(URI.create(u)))
                .orElse(null);
    }

    @Override
    public byte[] transcript(TranscriptContent content, DocumentSeal seal) {
        String title = Labels.text("transcript.title");
        byte[] unsigned = print(
                TranscriptLayout.SIZE,
                content.issue(),
                title + " " + content.holder().name(),
                sheet -> TranscriptLayout.lay(sheet, content));
        return PadesSigner.sign(
                unsigned,
                seal,
                content.issue().issuer(),
                Labels.text("signature.reason.transcript"),
                clock.instant(),
                timeStamps());
    }

    @Override
    public byte[] certificate(CertificateContent content, DocumentSeal seal) {
        String title = Labels.text("certificate.title");
        byte[] unsigned = print(
                CertificateLayout.SIZE,
                content.issue(),
                title + " " + content.holder().name() + " " + content.projectName(),
                sheet -> CertificateLayout.lay(sheet, content));
        return PadesSigner.sign(
                unsigned,
                seal,
                content.issue().issuer(),
                Labels.text("signature.reason.certificate"),
                clock.instant(),
                timeStamps());
    }

    private byte[] print(PDRectangle size, Issue issue, String title, Consumer<Sheet> layout) {
        Instant now = clock.instant();
        try (PDDocument document = new PDDocument();
                Typeface.Loaded font = Typeface.load(document);
                Sheet sheet = new Sheet(document, font, size)) {
            layout.accept(sheet);
            sheet.close();
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            information.setAuthor(issue.issuer());
            information.setSubject(issue.code());
            information.setCreator("TTMS");
            GregorianCalendar created = GregorianCalendar.from(now.atZone(java.time.ZoneId.of("Asia/Shanghai")));
            information.setCreationDate(created);
            document.getDocumentCatalog().setLanguage("zh-CN");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the document", e);
        }
    }
}
