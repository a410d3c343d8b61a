package cn.edu.ttms.application.plan;

import static cn.edu.ttms.domain.model.shared.DeliveryForm.BLENDED;
import static cn.edu.ttms.domain.model.shared.DeliveryForm.DELIVERED_ON_SITE;
import static cn.edu.ttms.domain.model.shared.DeliveryForm.LOCAL_CONCENTRATED;
import static cn.edu.ttms.domain.model.shared.DeliveryForm.MIXED_CONCENTRATED;
import static cn.edu.ttms.domain.model.shared.DeliveryForm.OFFSITE_CONCENTRATED;
import static cn.edu.ttms.domain.model.shared.DeliveryForm.ONLINE;
import static cn.edu.ttms.domain.model.shared.DeliveryForm.OVERSEAS;
import static cn.edu.ttms.domain.model.shared.DeliveryForm.RETURN_TO_POST;
import static cn.edu.ttms.domain.model.shared.DeliveryForm.SHADOWING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import cn.edu.ttms.infrastructure.spreadsheet.plan.ChenzhouPlan;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DeliveryFormWordsTest {

    /** Every distinct 培训形式 of the Chenzhou 2018 plan, as written, and what it means. */
    static final Map<String, DeliveryForm> CHENZHOU_FORMS = new LinkedHashMap<>();

    static {
        CHENZHOU_FORMS.put("异地+本地集中", MIXED_CONCENTRATED);
        CHENZHOU_FORMS.put("本地+异地集中", MIXED_CONCENTRATED);
        CHENZHOU_FORMS.put("网络研修", ONLINE);
        CHENZHOU_FORMS.put("本地集中", LOCAL_CONCENTRATED);
        CHENZHOU_FORMS.put("本地集中，分两阶 段进行", LOCAL_CONCENTRATED);
        CHENZHOU_FORMS.put("异地集中", OFFSITE_CONCENTRATED);
        CHENZHOU_FORMS.put("境外集中", OVERSEAS);
        CHENZHOU_FORMS.put("市县联合, 送培到县(校)集中培训", DELIVERED_ON_SITE);
        CHENZHOU_FORMS.put("送培到县(校)集中培训", DELIVERED_ON_SITE);
    }

    @Test
    void everyFormOfTheSeedIsListedAndMapped() {
        Set<String> inSeed = new TreeSet<>();
        for (SheetRow row : ChenzhouPlan.rows()) {
            if (row.number() > ChenzhouPlan.HEADER_ROW + 1 && row.number() < ChenzhouPlan.TOTAL_ROW && !row.isBlank()) {
                inSeed.add(row.cell(4));
            }
        }
        assertEquals(new TreeSet<>(CHENZHOU_FORMS.keySet()), inSeed);
        CHENZHOU_FORMS.forEach((words, form) -> assertEquals(Optional.of(form), DeliveryFormWords.of(words), words));
    }

    @Test
    void theBureausOtherWordsMapToo() {
        Map<String, DeliveryForm> words = new LinkedHashMap<>();
        words.put("本地集中培训", LOCAL_CONCENTRATED);
        words.put("异地集中培训", OFFSITE_CONCENTRATED);
        words.put("异地＋本地集中", MIXED_CONCENTRATED);
        words.put("网络研修培训", ONLINE);
        words.put("市县联合，送培到县（校）集中培训", DELIVERED_ON_SITE);
        words.put("送培到校", DELIVERED_ON_SITE);
        words.put("送教下乡", DELIVERED_ON_SITE);
        words.put("跟岗", SHADOWING);
        words.put("跟岗实践", SHADOWING);
        words.put("影子", SHADOWING);
        words.put("影子培训", SHADOWING);
        words.put("返岗实践", RETURN_TO_POST);
        words.put("境外培训", OVERSEAS);
        words.put("混合式", BLENDED);
        words.put("混合式培训", BLENDED);
        words.put("线上线下混合", BLENDED);
        words.forEach((text, form) -> assertEquals(Optional.of(form), DeliveryFormWords.of(text), text));
    }

    @Test
    void unknownOrContradictoryWordsMapToNothing() {
        for (String words : List.of("", "外出考察", "市县联合", "集中", "本地集中, 网络研修", "本地集中，外出考察", "跟岗实习")) {
            assertEquals(Optional.empty(), DeliveryFormWords.of(words), words);
        }
    }

    @Test
    void theTableNamesEveryFormAndNoPhraseTwice() {
        Set<DeliveryForm> named = EnumSet.noneOf(DeliveryForm.class);
        named.addAll(DeliveryFormWords.phrases().values());
        assertEquals(EnumSet.allOf(DeliveryForm.class), named);
        for (String remark : DeliveryFormWords.remarks()) {
            assertTrue(!DeliveryFormWords.phrases().containsKey(remark), remark);
        }
    }
}
