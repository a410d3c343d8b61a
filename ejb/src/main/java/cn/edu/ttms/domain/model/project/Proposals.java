package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Projects proposed by a unit that is not a bureau (workflow.md §1, "submitted by the proposing unit";
 * the roles table): a training institution or a school drafts a project and submits it to the nearest
 * bureau above it, which owns it. A school proposes only its own school-based (SCHOOL) training, whose
 * plan the county above approves; an institution proposes projects of its bureau's level or lower, down
 * to COUNTY (school-based training is the schools' own).
 */
public final class Proposals {

    private Proposals() {}

    /** Whether units of this kind propose projects to a bureau (rather than owning plans themselves). */
    public static boolean proposes(OrganisationKind kind) {
        return kind == OrganisationKind.SCHOOL || kind == OrganisationKind.INSTITUTION;
    }

    /** The level of a bureau's own projects and plans: province → PROVINCIAL, city → MUNICIPAL, county → COUNTY. */
    public static Level levelOf(OrganisationKind bureau) {
        return switch (bureau) {
            case PROVINCE -> Level.PROVINCIAL;
            case CITY -> Level.MUNICIPAL;
            case COUNTY -> Level.COUNTY;
            default -> throw new IllegalArgumentException(bureau + " is not a bureau");
        };
    }

    /** The levels a unit of kind {@code proposer} may propose to a bureau of kind {@code bureau}. */
    public static Set<Level> levelsFor(OrganisationKind proposer, OrganisationKind bureau) {
        if (!bureau.isBureau()) {
            throw new IllegalArgumentException(bureau + " is not a bureau");
        }
        return switch (proposer) {
            case SCHOOL -> EnumSet.of(Level.SCHOOL);
            case INSTITUTION -> EnumSet.range(levelOf(bureau), Level.COUNTY);
            default -> EnumSet.noneOf(Level.class);
        };
    }

    /** The problem with proposing a project of {@code level}, if any, naming the field {@code level}. */
    public static List<Violation> levelProblems(OrganisationKind proposer, OrganisationKind bureau, Level level) {
        Set<Level> allowed = levelsFor(proposer, bureau);
        if (level == null || allowed.contains(level)) {
            return List.of(); // a missing level is the terms' own problem (ProjectChecks)
        }
        return List.of(Violation.of(
                "level",
                proposer == OrganisationKind.SCHOOL
                        ? "error.proposal.schoolLevelOnly"
                        : "error.proposal.levelAboveBureau",
                level,
                levelOf(bureau)));
    }

    /** The bureau that owns a unit's proposals: the nearest bureau above it. */
    public static Optional<Organisation> owningBureau(Organisation unit) {
        for (Organisation o = unit.parent(); o != null; o = o.parent()) {
            if (o.kind().isBureau()) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
