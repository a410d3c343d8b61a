package cn.edu.ttms.domain.model.material;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaterialFileTypeTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
    };
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @Test
    void eachAcceptedTypeByItsExtensionAndItsFirstBytes() {
        assertEquals(Optional.of(MaterialFileType.PDF), MaterialFileType.of("培训通知.pdf", PDF));
        assertEquals(Optional.of(MaterialFileType.PNG), MaterialFileType.of("现场.PNG", PNG));
        assertEquals(Optional.of(MaterialFileType.JPEG), MaterialFileType.of("a.jpg", JPEG));
        assertEquals(Optional.of(MaterialFileType.JPEG), MaterialFileType.of("a.jpeg", JPEG));
        assertEquals(Optional.of(MaterialFileType.DOCX), MaterialFileType.of("总结.docx", ZIP));
        assertEquals(Optional.of(MaterialFileType.XLSX), MaterialFileType.of("满意度.xlsx", ZIP));
        assertEquals(Optional.of(MaterialFileType.ZIP), MaterialFileType.of("照片.zip", ZIP));
        assertEquals(Optional.of(MaterialFileType.DOC), MaterialFileType.of("方案.doc", OLE2));
        assertEquals(Optional.of(MaterialFileType.XLS), MaterialFileType.of("名单.xls", OLE2));
        assertEquals("application/pdf", MaterialFileType.PDF.contentType());
        assertEquals("image/png", MaterialFileType.PNG.contentType());
    }

    @Test
    void anExecutableRenamedPdfIsRefused() {
        assertEquals(Optional.empty(), MaterialFileType.of("通知.pdf", EXE));
        assertEquals(Optional.empty(), MaterialFileType.of("setup.exe", EXE), "not an accepted extension");
    }

    @Test
    void aNameThatSaysOneTypeAndContentOfAnotherIsRefused() {
        assertEquals(Optional.empty(), MaterialFileType.of("photo.png", JPEG));
        assertEquals(Optional.empty(), MaterialFileType.of("plan.pdf", ZIP));
        assertEquals(Optional.empty(), MaterialFileType.of("summary.docx", PDF));
    }

    @Test
    void noExtensionOrTooShortAContentIsRefused() {
        assertEquals(Optional.empty(), MaterialFileType.of("README", PDF));
        assertEquals(Optional.empty(), MaterialFileType.of("a.pdf", new byte[] {'%', 'P'}));
        assertEquals(Optional.empty(), MaterialFileType.of("a.txt", "hello".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMaterialKeepsItsNameTypeSizeAndDigest() {
        ProjectMaterial m = new ProjectMaterial(
                7, "/1/2/", MaterialKind.NOTICE, "C:\\Users\\x\\培训通知.pdf", PDF, "lead", Instant.EPOCH);
        assertEquals("培训通知.pdf", m.fileName(), "no folder a browser sent");
        assertEquals("application/pdf", m.contentType());
        assertEquals(PDF.length, m.size());
        assertEquals(64, m.sha256().length());
        assertEquals(ProjectMaterial.sha256(PDF), m.sha256());
        assertEquals("/1/2/", m.ownerPath());
    }

    @Test
    void anEmptyOrWrongFileIsInvalidNamingTheFileField() {
        InvalidMaterial empty = assertThrows(
                InvalidMaterial.class,
                () -> new ProjectMaterial(7, "/1/", MaterialKind.PLAN, "a.pdf", new byte[0], "lead", Instant.EPOCH));
        assertEquals("error.material.empty", empty.messageKey());
        assertEquals("file", empty.violations().get(0).field());
        InvalidMaterial wrong = assertThrows(
                InvalidMaterial.class,
                () -> new ProjectMaterial(7, "/1/", MaterialKind.PLAN, "a.pdf", EXE, "lead", Instant.EPOCH));
        assertEquals("error.material.type", wrong.messageKey());
        assertEquals(List.of("a.pdf", MaterialFileType.ACCEPTED), wrong.args());
        assertEquals("file", wrong.violations().get(0).field());
    }

    @Test
    void aVeryLongNameIsCutKeepingItsExtension() {
        String name = "长".repeat(300) + ".pdf";
        String kept = ProjectMaterial.cleanName(name);
        assertEquals(255, kept.length());
        assertArrayEquals(".pdf".toCharArray(), kept.substring(251).toCharArray());
    }
}
