package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.InMemoryUnits;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.project.ProjectQuery;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Projects and units found by id in memory; what the enrolment services do not ask refuses to answer. */
public final class InMemoryProjects implements ProjectRepository {

    private final Map<Long, TrainingProject> projects = new HashMap<>();
    private final Map<Long, Organisation> units = new HashMap<>();

    public InMemoryProjects with(TrainingProject project) {
        projects.put(project.id(), project);
        return this;
    }

    public InMemoryProjects with(Organisation... organisations) {
        for (Organisation o : organisations) {
            units.put(o.id(), o);
        }
        return this;
    }

    @Override
    public Optional<TrainingProject> find(long id) {
        return Optional.ofNullable(projects.get(id));
    }

    /** The units by id: another repository, as the services take it. */
    public OrganisationRepository organisations() {
        return new InMemoryUnits(units.values().toArray(Organisation[]::new));
    }

    @Override
    public AnnualPlan store(AnnualPlan plan) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TrainingProject store(TrainingProject project) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void flush() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<AnnualPlan> findPlan(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AnnualPlan> plansVisibleTo(DataScope scope) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TrainingProject> projectsOf(AnnualPlan plan) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TrainingProject> search(DataScope scope, ProjectQuery query, int first, int max) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(DataScope scope, ProjectQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TrainingProject> searchProposedBy(
            String unitPath, Long leadAccountId, ProjectQuery query, int first, int max) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long countProposedBy(String unitPath, Long leadAccountId, ProjectQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long countOwned(DataScope scope, cn.edu.ttms.domain.model.project.ProjectStatus status, boolean proposed) {
        return projects.values().stream()
                .filter(p -> p.status() == status && p.proposed() == proposed && scope.includesPath(p.ownerPath()))
                .count();
    }

    /** No result batches here: every project in that status among these ids. */
    @Override
    public List<TrainingProject> withoutResults(
            java.util.Collection<Long> ids, cn.edu.ttms.domain.model.project.ProjectStatus status) {
        return projects.values().stream()
                .filter(p -> ids.contains(p.id()) && p.status() == status)
                .toList();
    }

    @Override
    public List<TrainingProject> inStatus(
            java.util.Collection<Long> ids, java.util.Set<cn.edu.ttms.domain.model.project.ProjectStatus> statuses) {
        return projects.values().stream()
                .filter(p -> ids.contains(p.id()) && statuses.contains(p.status()))
                .toList();
    }
}
