package cn.edu.ttms.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.edu.ttms.domain.model.result.SignatureMeaning;
import cn.edu.ttms.domain.model.signing.WrongSigningPin;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The domain enum whose words and commitment types these signatures carry. */
class SignatureMeaningTest {

    @ParameterizedTest
    @EnumSource(SignatureMeaning.class)
    void theWordsLeadBackToTheMeaning(SignatureMeaning meaning) {
        assertEquals(meaning, SignatureMeaning.fromWords(meaning.words()));
        assertEquals("signatureMeaning." + meaning.name(), meaning.messageKey());
    }

    @Test
    void theWordsAndCommitmentTypesAreTheAgreedOnes() {
        assertEquals("确认", SignatureMeaning.CONFIRM.words());
        assertEquals("审核通过", SignatureMeaning.APPROVE.words());
        assertEquals("认定", SignatureMeaning.RECOGNISE.words());
        assertEquals("1.2.840.113549.1.9.16.6.1", SignatureMeaning.CONFIRM.commitmentTypeOid());
        assertEquals("1.2.840.113549.1.9.16.6.5", SignatureMeaning.APPROVE.commitmentTypeOid());
        assertEquals(SignatureMeaning.APPROVE.commitmentTypeOid(), SignatureMeaning.RECOGNISE.commitmentTypeOid());
        assertNotEquals(SignatureMeaning.APPROVE.words(), SignatureMeaning.RECOGNISE.words());
    }

    @Test
    void unknownWordsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SignatureMeaning.fromWords("同意"));
    }

    @ParameterizedTest
    @EnumSource(SignatureMeaning.class)
    void everyMeaningAndSigningErrorHasATranslation(SignatureMeaning meaning) {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("cn.edu.ttms.domain.messages", locale);
            bundle.getString(meaning.messageKey());
            bundle.getString(new WrongSigningPin().messageKey());
            bundle.getString(new NotACertificateAuthority("test").messageKey());
        }
    }
}
