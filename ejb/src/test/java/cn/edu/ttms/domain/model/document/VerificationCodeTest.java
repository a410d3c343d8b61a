package cn.edu.ttms.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verification codes: 130 random bits in base 32, read back however they were typed. */
class VerificationCodeTest {

    @Test
    void codesAreBase32OfTheirLengthAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.random().value();
            assertTrue(code.matches("[A-Z2-7]{26}"), code);
            assertTrue(seen.add(code), "no repeat in 10 000");
        }
    }

    @Test
    void aPrintedCodeIsReadBackWithDashesSpacesAndAnyCase() {
        VerificationCode code = VerificationCode.random();
        assertEquals(26 + 5, code.grouped().length(), code.grouped());
        assertEquals(Optional.of(code), VerificationCode.parse(code.grouped()));
        assertEquals(
                Optional.of(code),
                VerificationCode.parse(" " + code.grouped().toLowerCase().replace('-', ' ') + " "));
    }

    @Test
    void whatCannotBeACodeIsNone() {
        assertEquals(Optional.empty(), VerificationCode.parse(null));
        assertEquals(Optional.empty(), VerificationCode.parse(""));
        assertEquals(Optional.empty(), VerificationCode.parse("ABCDEFGHIJKLMNOPQRSTUVWXY1"), "1 is not base 32");
        assertEquals(Optional.empty(), VerificationCode.parse("ABCDEFGHIJKLMNOPQRSTUVWXY"), "too short");
        assertEquals(Optional.empty(), VerificationCode.parse("A".repeat(1000)), "too long");
        assertEquals(Optional.empty(), VerificationCode.parse("'; DROP TABLE issued_document; --"));
    }

    @Test
    void namesAreMaskedAfterTheFamilyName() {
        assertEquals("李*", Masking.name("李明"));
        assertEquals("欧***", Masking.name("欧阳娜娜"));
        assertEquals("王", Masking.name("王"));
        assertEquals("", Masking.name(" "));
        assertEquals("𠀀*", Masking.name("𠀀明"), "a character outside the BMP counts as one");
    }
}
