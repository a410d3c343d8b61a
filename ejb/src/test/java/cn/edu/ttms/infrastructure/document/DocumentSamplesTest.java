package cn.edu.ttms.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample documents to target/document-samples (to look at them: docs/screenshots are made
 * from these with pdftoppm) and prints how long a warm document takes. The time is printed, not
 * asserted: it depends on the machine and its load.
 */
class DocumentSamplesTest {

    private static final int ROUNDS = 40;

    @Test
    void writesTheSamplesAndPrintsTheTimePerDocument() throws Exception {
        PdfDocumentPrinter printer = new PdfDocumentPrinter();
        Path samples = Path.of("target", "document-samples");
        Files.createDirectories(samples);
        Files.write(
                samples.resolve("transcript.pdf"),
                printer.transcript(SampleDocuments.transcript(), SampleDocuments.SEAL));
        Files.write(
                samples.resolve("transcript-40.pdf"),
                printer.transcript(SampleDocuments.longTranscript(40), SampleDocuments.SEAL));
        Files.write(
                samples.resolve("transcript-empty.pdf"),
                printer.transcript(SampleDocuments.emptyTranscript(), SampleDocuments.SEAL));
        Files.write(
                samples.resolve("certificate.pdf"),
                printer.certificate(SampleDocuments.certificate(), SampleDocuments.SEAL));

        for (int i = 0; i < 10; i++) { // warm-up: JIT and class loading
            printer.transcript(SampleDocuments.transcript(), SampleDocuments.SEAL);
            printer.certificate(SampleDocuments.certificate(), SampleDocuments.SEAL);
        }
        long start = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < ROUNDS; i++) {
            bytes += printer.transcript(SampleDocuments.transcript(), SampleDocuments.SEAL).length;
        }
        double transcriptMs = (System.nanoTime() - start) / 1e6 / ROUNDS;
        start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            bytes += printer.certificate(SampleDocuments.certificate(), SampleDocuments.SEAL).length;
        }
        double certificateMs = (System.nanoTime() - start) / 1e6 / ROUNDS;
        System.out.printf(
                "documents: transcript %.1f ms, certificate %.1f ms per document (warm, one thread, %d KB average)%n",
                transcriptMs, certificateMs, bytes / 1024 / (2 * ROUNDS));
        assertTrue(bytes > 0);
    }
}
