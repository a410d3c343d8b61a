package cn.edu.ttms.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The places a directive project allots to one county or unit (名额). Together the quotas may not
 * exceed the project's capacity; enrolment holds each unit to its own.
 */
@Embeddable
public class ProjectQuota implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "places", nullable = false)
    private int places;

    protected ProjectQuota() {}

    public ProjectQuota(long unitId, int places) {
        this.unitId = unitId;
        this.places = places;
    }

    public long unitId() {
        return unitId;
    }

    public int places() {
        return places;
    }
}
