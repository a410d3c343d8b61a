package cn.edu.ttms.application.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.audit.ConcurrentChanges;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.AccountName;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.InMemoryUnits;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.Units;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.policy.CreditPolicyRepository;
import cn.edu.ttms.domain.model.shared.ConcurrentChange;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.targets.TargetRepository;
import cn.edu.ttms.domain.model.targets.TrainingTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The statistics and targets services over in-memory figures: levels filled with zeros, totals as the sum of
 * the levels, shares of the unit's teachers, a unit out of scope not found, targets against actuals, and the
 * version check of a save.
 */
class TrainingStatisticsTest {

    private final Organisation province = Units.unit(null, OrganisationKind.PROVINCE, "云南省", 1);
    private final Organisation city = Units.unit(province, OrganisationKind.CITY, "临沧市", 2);
    private final Organisation linxiang = Units.unit(city, OrganisationKind.COUNTY, "临翔区", 3);
    private final Organisation fengqing = Units.unit(city, OrganisationKind.COUNTY, "凤庆县", 4);
    private final InMemoryUnits units = new InMemoryUnits(province, city, linxiang, fengqing);

    private Caller me = new Caller("linxiang", Set.of(Role.BUREAU_STAFF), 3, linxiang.path(), null);

    /** The figures of a county: two levels with data, 200 teachers, 30 trained, 12 key teachers of county level. */
    private final TrainingFigures figures = new TrainingFigures() {
        @Override
        public List<Unit> children(long parentId) {
            return List.of(new Unit(30, "临翔区第一完全小学", "SCHOOL"), new Unit(31, "临翔区第二中学", "SCHOOL"));
        }

        @Override
        public List<Row> rows(String path, int from, int to, Dimension dimension, View view) {
            if (from > 2030) {
                return List.of();
            }
            return switch (dimension) {
                case LEVEL ->
                    view == View.ITS_PLANS
                            ? List.of(new Row("COUNTY", 120, 90, 80, 60, BigDecimal.TEN, BigDecimal.ONE))
                            : List.of(
                                    new Row(
                                            "COUNTY",
                                            120,
                                            100,
                                            90,
                                            70,
                                            new BigDecimal("540.0"),
                                            new BigDecimal("70.00")),
                                    new Row(
                                            "MUNICIPAL",
                                            0,
                                            12,
                                            10,
                                            5,
                                            new BigDecimal("300.0"),
                                            new BigDecimal("30.00")));
                case CATEGORY ->
                    List.of(
                            new Row("骨干教师培训", 0, 12, 10, 5, BigDecimal.ZERO, BigDecimal.ZERO),
                            new Row("", 120, 100, 90, 70, BigDecimal.ZERO, BigDecimal.ZERO));
                case HOST -> List.of();
                case YEAR -> List.of(new Row("2026", 120, 112, 100, 75, BigDecimal.ZERO, BigDecimal.ZERO));
            };
        }

        /** The same year as {@link #rows} in cells: 7 recognised places of the second school among the county's. */
        @Override
        public List<Cell> cells(long unitId, int year) {
            if (year > 2030) {
                return List.of();
            }
            return List.of(
                    new Cell(
                            "COUNTY",
                            "",
                            "",
                            "",
                            new Row("", 120, 93, 83, 63, new BigDecimal("540.0"), new BigDecimal("70.00"))),
                    new Cell("COUNTY", "", "", "31", new Row("", 0, 7, 7, 7, BigDecimal.ZERO, BigDecimal.ZERO)),
                    new Cell(
                            "MUNICIPAL",
                            "骨干教师培训",
                            "",
                            "",
                            new Row("", 0, 12, 10, 5, new BigDecimal("300.0"), new BigDecimal("30.00"))));
        }

        @Override
        public Cancellations cancellations(String path, int year) {
            return new Cancellations(2, 1, 40);
        }

        @Override
        public KeyTeachers keyTeachers(String path, int year) {
            return new KeyTeachers(200, 4, 12);
        }

        @Override
        public List<Trained> trained(String path, int year) {
            return List.of(new Trained("COUNTY", 25), new Trained("MUNICIPAL", 5), new Trained("", 28));
        }
    };

    private TrainingStatistics statistics() {
        TrainingStatistics s = new TrainingStatistics();
        s.organisations = units;
        s.figures = figures;
        s.tallies =
                new TrainingTallies() { // the kept sums are the figures' business (TrainingTallyIT)
                    @Override
                    public TrainingTally.Recount catchUp() {
                        return TrainingTally.Recount.NONE;
                    }
                };
        s.caller = new CurrentCaller() {
            @Override
            public Caller get() {
                return me;
            }
        };
        return s;
    }

    @Test
    void theTotalsAreTheLevelsAndEveryLevelIsListed() {
        TrainingReport r = statistics().training(3, 2026);
        assertEquals(new TrainingReport.Figures(120, 112, 100, 75), r.total());
        assertEquals(new TrainingReport.Figures(120, 90, 80, 60), r.organised(), "what it organised, apart");
        assertEquals(5, r.byLevel().size());
        assertEquals("NATIONAL", r.byLevel().get(0).key());
        assertEquals(new TrainingReport.Figures(0, 0, 0, 0), r.byLevel().get(0).figures());
        assertEquals(new BigDecimal("840.0"), r.hoursDelivered());
        assertEquals(new BigDecimal("100.00"), r.creditsDelivered());
        assertEquals("", r.byCategory().get(0).key(), "the most places planned first");
        assertEquals(1, r.cancelledForTooFewTrainees());
        assertEquals(new BigDecimal("14.0"), r.shareTrained(), "28 of 200 teachers");
        assertEquals(new BigDecimal("12.5"), r.shareTrainedByLevel().get(3).share(), "25 of 200 at county level");
        assertEquals(2, r.children().size(), "each school, zeros for one without data");
        assertEquals(new TrainingReport.Figures(0, 0, 0, 0), r.children().get(0).figures());
        assertEquals(7, r.children().get(1).figures().recognised());
    }

    @Test
    void theTrendHasEveryYearOfTheRangeAndAYearWithoutDataIsZeros() {
        List<TrainingReport.YearFigures> years = statistics().trend(3, 2024, 2026);
        assertEquals(3, years.size());
        assertEquals(new TrainingReport.Figures(0, 0, 0, 0), years.get(0).figures());
        assertEquals(75, years.get(2).figures().recognised());
        TrainingReport empty = statistics().training(3, 2090);
        assertEquals(new TrainingReport.Figures(0, 0, 0, 0), empty.total());
        assertEquals(BigDecimal.ZERO, empty.hoursDelivered());
        assertThrows(DomainException.class, () -> statistics().trend(3, 2026, 2024));
        assertThrows(DomainException.class, () -> statistics().trend(3, 1990, 2026), "at most 30 years");
        assertThrows(DomainException.class, () -> statistics().training(3, 12026));
    }

    @Test
    void aUnitOutOfScopeIsNotFound() {
        assertThrows(RecordNotFound.class, () -> statistics().training(4, 2026), "凤庆县 for 临翔区's staff");
        assertThrows(RecordNotFound.class, () -> statistics().training(2, 2026), "nor the city above");
        me = new Caller("city", Set.of(Role.BUREAU_STAFF), 2, city.path(), null);
        assertEquals("凤庆县", statistics().training(4, 2026).unit().name(), "the city sees both counties");
    }

    @Test
    void theHeadlineIsTheCallersOwnUnit() {
        TrainingReport.Headline h = statistics().headline(2026);
        assertEquals("临翔区", h.unit().name());
        assertEquals(120, h.planned());
        assertEquals(75, h.recognised());
        assertEquals(new BigDecimal("14.0"), h.shareTrained());
    }

    /** Targets kept in a list, a fixed compliance rate, no policy (so no cycle) unless given. */
    private final class Targets {
        final List<TrainingTarget> stored = new ArrayList<>();
        Optional<BigDecimal> rate = Optional.of(new BigDecimal("88.0"));

        TrainingTargets service() {
            TrainingTargets t = new TrainingTargets();
            t.tallies = statistics().tallies;
            // the one account the saves name: its name and unit, as the page shows them
            t.accounts = (UserAccountRepository) java.lang.reflect.Proxy.newProxyInstance(
                    UserAccountRepository.class.getClassLoader(),
                    new Class<?>[] {UserAccountRepository.class},
                    (proxy, method, args) -> {
                        if (!method.getName().equals("namesOf")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        return java.util.Map.of("linxiang", new AccountName("linxiang", "临翔区教育局 张丽", "临翔区"));
                    });
            t.caller = statistics().caller;
            t.statistics = statistics();
            t.figures = figures;
            t.targets = new TargetRepository() {
                @Override
                public Optional<TrainingTarget> find(long unitId, int year) {
                    return stored.stream()
                            .filter(x -> x.unitId() == unitId && x.year() == year)
                            .findFirst();
                }

                @Override
                public TrainingTarget store(TrainingTarget target) {
                    stored.add(Units.withId(target, 77L));
                    return target;
                }

                @Override
                public void flush() {}
            };
            t.complianceRates = (unitId, cycleStart, year) -> rate;
            t.policies = new CreditPolicyRepository() {
                @Override
                public Optional<CreditPolicy> find(long id) {
                    return Optional.empty();
                }

                @Override
                public List<CreditPolicy> findAll() {
                    return List.of();
                }

                @Override
                public List<CreditPolicy> history(String name) {
                    return List.of();
                }

                @Override
                public CreditPolicy store(CreditPolicy policy) {
                    return policy;
                }
            };
            t.changes = new ConcurrentChanges() {
                @Override
                public ConcurrentChange describe(String entityType, long id) {
                    return new ConcurrentChange("city", "now", "other targets");
                }
            };
            return t;
        }
    }

    @Test
    void targetsAgainstActualsAndTheVersionOfASave() {
        Targets t = new Targets();
        TargetReport none = t.service().targets(3, 2026);
        assertNull(none.version());
        assertEquals(new BigDecimal("20"), none.keyTeacherCounty().hint());
        assertEquals(new BigDecimal("6.0"), none.keyTeacherCounty().actual(), "12 of 200 teachers");
        assertNull(none.keyTeacherCounty().met(), "no target, nothing to meet");

        TargetReport set = t.service()
                .set(
                        3,
                        2026,
                        new TargetChange(
                                List.of(new TrainingTarget.CategoryPlaces("骨干教师培训", 10)),
                                new BigDecimal("3"),
                                new BigDecimal("20"),
                                new BigDecimal("85"),
                                null));
        assertEquals(1, t.stored.size());
        assertEquals("linxiang", set.updatedBy());
        assertEquals("临翔区教育局 张丽", set.updatedByName(), "who saved them, by name");
        assertEquals("临翔区", set.updatedByUnit());
        TargetReport.CategoryTarget keyTraining = set.categories().get(0);
        assertEquals(10, keyTraining.target());
        assertEquals(5, keyTraining.recognised());
        assertEquals(new BigDecimal("50.0"), keyTraining.attained());
        assertFalse(set.keyTeacherCounty().met(), "6 % of 20 %");
        assertFalse(set.keyTeacherCity().met(), "2 % of 3 %");
        assertNull(set.compliance().actual(), "no policy, no cycle: the rate is not asked");

        assertThrows(
                ConcurrentChange.class,
                () -> t.service().set(3, 2026, new TargetChange(List.of(), null, null, null, null)),
                "targets exist: a save without the version read is stale");
        assertThrows(
                ConcurrentChange.class,
                () -> t.service().set(3, 2026, new TargetChange(List.of(), null, null, null, 99L)));
        assertThrows(
                RecordNotFound.class,
                () -> t.service().set(4, 2026, new TargetChange(List.of(), null, null, null, null)),
                "凤庆县's targets are out of 临翔区's scope");
        assertTrue(t.stored.get(0).places().containsKey("骨干教师培训"), "the refused saves changed nothing");
        assertEquals(Map.of("骨干教师培训", 10), t.stored.get(0).places());
    }
}
