package cn.edu.ttms.application.archive;

import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultRepository.ResultWithBatch;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The teachers of a school or county in the caller's scope with their results — what the unit's
 * compliance and a what-if replay of the unit both read: the members in one query, the results in a
 * few, grouped by teacher.
 */
@ApplicationScoped
public class UnitResults {

    @Inject
    CurrentCaller caller;

    @Inject
    OrganisationRepository organisations;

    @Inject
    TeacherRepository teachers;

    @Inject
    ResultRepository results;

    /** The unit, its current teachers, and their results of the given years by teacher id. */
    public record Unit(
            Organisation unit,
            List<TeacherRepository.Member> members,
            Map<Long, List<ResultWithBatch>> resultsByTeacher) {

        public List<ResultWithBatch> of(long teacherId) {
            return resultsByTeacher.getOrDefault(teacherId, List.of());
        }
    }

    /** The unit in the caller's scope; else "not found", like every record out of scope. */
    public Organisation inScope(long unitId) {
        return organisations.find(unitId, caller.scope()).orElseThrow(() -> new RecordNotFound("Organisation", unitId));
    }

    public Unit read(Organisation unit, int firstYear, int lastYear) {
        List<TeacherRepository.Member> members = teachers.members(DataScope.subtree(unit.path()));
        Map<Long, List<ResultWithBatch>> byTeacher = new HashMap<>();
        for (ResultWithBatch r : results.ofTeachers(
                members.stream().map(TeacherRepository.Member::id).toList(), firstYear, lastYear)) {
            byTeacher
                    .computeIfAbsent(r.result().teacherId(), t -> new ArrayList<>())
                    .add(r);
        }
        return new Unit(unit, members, byTeacher);
    }
}
