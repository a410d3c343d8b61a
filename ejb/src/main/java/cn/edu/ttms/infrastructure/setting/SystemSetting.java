package cn.edu.ttms.infrastructure.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named value the installation keeps about itself, e.g. which parts of the demo data are loaded. */
@Entity
@Table(name = "system_setting")
public class SystemSetting {

    @Id
    @Column(length = 80)
    private String name;

    @Column(name = "setting_value", length = 500)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SystemSetting() {}

    public SystemSetting(String name, String value, Instant at) {
        this.name = name;
        this.value = value;
        this.updatedAt = at;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }
}
