package cn.edu.ttms.infrastructure.spreadsheet.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTextTest {

    @Test
    void spacesBetweenChineseCharactersGoOthersStay() {
        assertEquals("国培省市联合立项项目", PlanText.closeCjkGaps("国培省市联合立 项项目"));
        assertEquals("安稳办", PlanText.closeCjkGaps("安 稳 办"));
        assertEquals("立项", PlanText.closeCjkGaps("立\u3000 项")); // ideographic space too
        assertEquals("培训班", PlanText.closeCjkGaps("培训\n班")); // a line break typed in the cell
        assertEquals("主任，学校", PlanText.closeCjkGaps("主任， 学校"));
        assertEquals("年龄在 45 岁以上", PlanText.closeCjkGaps("年龄在 45 岁以上"));
        assertEquals("2018 年全市", PlanText.closeCjkGaps("2018 年全市"));
        assertEquals("培训班 (D311)", PlanText.closeCjkGaps("培训班 (D311)"));
        assertEquals("Excel 表格", PlanText.closeCjkGaps("Excel 表格"));
    }

    @Test
    void codesComeOutOfNames() {
        assertEquals(new PlanText.CodedName("郴州市名师培训团队培训班", "A208"), PlanText.withoutCode("郴州市名师培训团队培训班 (A208)"));
        assertEquals(new PlanText.CodedName("培训班", "D309"), PlanText.withoutCode("培训班（d309）"));
        assertEquals(new PlanText.CodedName("校(园)长培训班", null), PlanText.withoutCode("校(园)长培训班"));
        assertEquals(List.of("A208", "D142"), PlanText.codesIn("班(A208)(D142)"));
    }

    @Test
    void numbersAsBureausTypeThem() {
        assertEquals(2600, PlanText.count("2,600"));
        assertEquals(70, PlanText.count("７０"));
        assertEquals(70, PlanText.count("70人"));
        assertNull(PlanText.count("7O"));
        assertNull(PlanText.count("0"));
        assertNull(PlanText.count("-5"));
        assertEquals(new BigDecimal("6.5"), PlanText.days("6.50"));
        assertEquals(new BigDecimal("10"), PlanText.days("10天"));
        assertNull(PlanText.days("三"));
        assertNull(PlanText.days("-1"));
        assertEquals(12, PlanText.sequence("12."));
        assertNull(PlanText.sequence("一"));
    }
}
