package cn.edu.ttms.application.teacher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.teacher.DesignationKind;
import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.InvalidIdentityNumber;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every key the teacher import and identity numbers use has a Chinese and an English text. */
class TeacherMessagesTest {

    private static final List<String> IMPORT_KEYS = List.of(
            "import.sheet.empty",
            "import.column.missing",
            "import.field.missing",
            "import.field.tooLong",
            "import.teacher.badGender",
            "import.teacher.genderMismatch",
            "import.teacher.badPhone",
            "import.teacher.unknownSchool",
            "import.teacher.badStage",
            "import.teacher.badDate",
            "import.teacher.futureDate",
            "import.teacher.badYesNo",
            "import.teacher.duplicateInFile",
            "import.teacher.alreadyRegistered");

    @Test
    void everyKeyHasBothTexts() {
        List<String> keys = new ArrayList<>(IMPORT_KEYS);
        for (InvalidIdentityNumber.Reason reason : InvalidIdentityNumber.Reason.values()) {
            keys.add(reason.messageKey());
        }
        for (Gender g : Gender.values()) {
            keys.add(g.messageKey());
        }
        for (SchoolStage s : SchoolStage.values()) {
            keys.add(s.messageKey());
        }
        for (DesignationKind d : DesignationKind.values()) {
            keys.add(d.messageKey());
        }
        ResourceBundle zh = bundle(Locale.CHINA);
        ResourceBundle en = bundle(Locale.ENGLISH);
        for (String key : keys) {
            String chinese = zh.getString(key);
            String english = en.getString(key);
            assertTrue(chinese.codePoints().anyMatch(c -> c > 0x2E80), key + " is not Chinese: " + chinese);
            assertFalse(english.equals(chinese), key + " has no English text");
            for (String pattern : List.of(chinese, english)) {
                String text = MessageFormat.format(pattern, "甲", "乙", "丙");
                assertFalse(text.contains("{"), key + ": " + text);
            }
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "cn.edu.ttms.domain.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
