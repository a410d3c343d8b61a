package cn.edu.ttms.domain.model.enrolment;

/** How the teacher came in: nominated by a bureau or school (directive), or applied (self-selected). */
public enum EnrolmentChannel {
    NOMINATED,
    APPLIED
}
