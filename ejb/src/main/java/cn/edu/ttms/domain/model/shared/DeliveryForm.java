package cn.edu.ttms.domain.model.shared;

/**
 * How a project (or one stage of it) is delivered (培训形式). The form decides how days become hours
 * (art. 9: 6 h a day for short concentrated training, actual hours online; Chenzhou: 1 h a day of
 * return-to-post practice) and may override the credit rate range (any ONLINE project takes the
 * school-based range, art. 10). Those numbers live in the credit policy, not here.
 */
public enum DeliveryForm implements MessageKeyed {
    /** 本地集中. */
    LOCAL_CONCENTRATED,
    /** 异地集中. */
    OFFSITE_CONCENTRATED,
    /** 异地+本地集中. */
    MIXED_CONCENTRATED,
    /** 网络研修. */
    ONLINE,
    /** 送培到县/校. */
    DELIVERED_ON_SITE,
    /** 跟岗实践/影子培训. */
    SHADOWING,
    /** 返岗实践. */
    RETURN_TO_POST,
    /** 境外集中. */
    OVERSEAS,
    /** 混合式. */
    BLENDED;

    @Override
    public String messageKey() {
        return "deliveryForm." + name();
    }
}
