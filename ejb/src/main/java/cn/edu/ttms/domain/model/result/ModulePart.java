package cn.edu.ttms.domain.model.result;

import cn.edu.ttms.domain.model.credit.ModuleCredits;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Module;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A result's share of one module (rules.md §3.10), stored as it was computed. */
@Embeddable
public class ModulePart implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Module module;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal hours;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal credits;

    protected ModulePart() {}

    public ModulePart(ModuleCredits split) {
        this.module = split.module();
        this.hours = split.hours().value();
        this.credits = split.credits().value();
    }

    public ModuleCredits toModuleCredits() {
        return new ModuleCredits(module, new Hours(hours), new Credits(credits));
    }

    public Module module() {
        return module;
    }

    public BigDecimal hours() {
        return hours;
    }

    public BigDecimal credits() {
        return credits;
    }
}
