package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.credit.ModuleShare;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Module;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A module's share of a project's hours (art. 6, rules.md §3.10): the shares add up to the project's
 * hours, and a result's credits are split in their proportion.
 */
@Embeddable
public class ProjectModule implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "module", nullable = false, length = 30)
    private Module module;

    @Column(name = "hours", nullable = false, precision = 6, scale = 1)
    private BigDecimal hours;

    protected ProjectModule() {}

    public ProjectModule(Module module, Hours hours) {
        this.module = Objects.requireNonNull(module, "module");
        this.hours = Objects.requireNonNull(hours, "hours").value();
    }

    public Module module() {
        return module;
    }

    public Hours hours() {
        return new Hours(hours);
    }

    public ModuleShare share() {
        return new ModuleShare(module, hours());
    }
}
