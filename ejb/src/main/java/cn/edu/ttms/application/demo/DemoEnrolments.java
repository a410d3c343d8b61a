package cn.edu.ttms.application.demo;

import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentChannel;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.ProjectQuery;
import cn.edu.ttms.domain.model.project.ProjectQuota;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enrolled teachers in the demo's ENROLLING projects: the city's directive project fills 临翔区's
 * quota and part of 凤庆县's; the province's takes teachers from every county; 临翔区's self-selected
 * workshop is full, with two more teachers on its waiting list.
 */
@Dependent
class DemoEnrolments {

    @Inject
    ProjectRepository projects;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    TeacherRepository teachers;

    @Inject
    OrganisationRepository organisations;

    void load() {
        String province = organisations.findByName("云南省").orElseThrow().path();
        for (TrainingProject p : projects.search(
                DataScope.subtree(province), ProjectQuery.of(DemoPlans.YEAR, null, ProjectStatus.ENROLLING), 0, 100)) {
            Map<Long, Integer> quotas = new LinkedHashMap<>();
            p.quotas().forEach(q -> quotas.put(q.unitId(), q.places()));
            enrolments.openSeats(p.id(), p.capacity(), quotas);
            if (!quotas.isEmpty()) {
                for (ProjectQuota q : p.quotas()) {
                    Organisation unit = organisations.find(q.unitId()).orElseThrow();
                    int wanted = unit.name().equals("临翔区") ? q.places() : q.places() * 2 / 3;
                    enrol(p, unit.path(), wanted, q.unitId(), 0);
                }
            } else if (p.selection() == Selection.SELF_SELECTED) {
                enrol(p, p.ownerPath(), p.capacity(), null, 2);
            } else {
                enrol(p, p.ownerPath(), p.capacity() / 4, null, 0);
            }
        }
    }

    /** Enrols {@code count} teachers under {@code path}, then lets {@code waiting} more apply. */
    private void enrol(TrainingProject p, String path, int count, Long quotaUnit, int waiting) {
        List<Teacher> candidates = teachers.search(TeacherQuery.all(), DataScope.subtree(path), 0, count + waiting);
        var start = p.stages().get(0).startDate();
        var end = p.stages().get(p.stages().size() - 1).endDate();
        int n = 0;
        for (Teacher t : candidates) {
            boolean seat = n < count;
            EnrolmentChannel channel =
                    p.selection() == Selection.SELF_SELECTED ? EnrolmentChannel.APPLIED : EnrolmentChannel.NOMINATED;
            Enrolment e = new Enrolment(
                    p.id(),
                    t.id(),
                    t.schoolPath(),
                    quotaUnit,
                    p.level(),
                    start,
                    end,
                    channel,
                    channel == EnrolmentChannel.APPLIED ? "teacher" : "demo-data",
                    Instant.now());
            if (seat && channel == EnrolmentChannel.APPLIED) {
                e.approve();
            } else if (!seat) {
                e.waitlist(n - count + 1); // the project is full: the others wait in line
            }
            if (seat
                    && !(enrolments.takeSeat(p.id(), EnrolmentRepository.WHOLE_PROJECT)
                            && (quotaUnit == null || enrolments.takeSeat(p.id(), quotaUnit)))) {
                break;
            }
            enrolments.store(e);
            n++;
        }
    }
}
