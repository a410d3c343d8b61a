package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.teacher.Teacher;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;

/**
 * Marks what the kept training sums (V30) must recount, in the transaction that changes it: every insert, change
 * and removal of an enrolment, a result, a batch or a project, and a teacher's move to another school, through
 * whatever path it is written (the services, the imports, the demo data). A mark is one small row of its own, so
 * a rush of nominations adds no lock on anything shared; the same mark is written once per transaction.
 */
public class TrainingTallyMarks extends DescriptorEventAdapter {

    private static final Logger LOG = Logger.getLogger(TrainingTallyMarks.class.getName());

    private static final String INSERT = "INSERT INTO training_tally_mark (project_id, project_year, unit_path,"
            + " teacher_id, marked_at) VALUES (#PROJECT, #YEAR, #UNIT, #TEACHER, #AT)";

    /** The marks written in the current transaction (a resource of the transaction). */
    private static final Object WRITTEN = TrainingTallyMarks.class.getName() + ".written";

    private static volatile TransactionSynchronizationRegistry registry;

    private static final Set<Class<?>> MARKED =
            Set.of(Enrolment.class, TrainingResult.class, ResultBatch.class, TrainingProject.class, Teacher.class);

    /** Listens to the descriptors of the entities whose changes the sums count. */
    public static void install(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (MARKED.contains(descriptor.getJavaClass())) {
                descriptor.getEventManager().addListener(new TrainingTallyMarks());
            }
        }
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        Object entity = event.getObject();
        if (entity instanceof Enrolment e) {
            mark(event, e.projectId(), null, null, null);
        } else if (entity instanceof TrainingResult r) {
            mark(event, r.projectId(), null, null, null);
        }
        // a new batch or project has no rows to count yet, a new teacher no results
    }

    @Override
    public void preUpdateWithChanges(DescriptorEvent event) {
        ObjectChangeSet changes = (ObjectChangeSet) event.getChangeSet();
        if (changes == null && event.getQuery() instanceof WriteObjectQuery write) {
            changes = write.getObjectChangeSet();
        }
        if (changes == null || changes.getChanges().isEmpty()) {
            return;
        }
        Object entity = event.getObject();
        if (entity instanceof Enrolment e) {
            mark(event, e.projectId(), null, (String) oldValue(changes, "unitPath"), null);
        } else if (entity instanceof TrainingResult r) {
            Object teacher = oldValue(changes, "teacherId");
            mark(event, r.projectId(), null, (String) oldValue(changes, "unitPath"), (Long) teacher);
        } else if (entity instanceof ResultBatch b) {
            mark(event, b.projectId(), null, null, null);
        } else if (entity instanceof TrainingProject p) {
            // level, category, host, status or year: every slice of its rows; a year it had before too
            mark(event, p.id(), (Integer) oldValue(changes, "year"), null, null);
        } else if (entity instanceof Teacher t) {
            Object left = oldValue(changes, "schoolPath");
            if (left != null) {
                mark(event, null, null, (String) left, t.id());
            }
        }
    }

    @Override
    public void preDelete(DescriptorEvent event) {
        Object entity = event.getObject();
        if (entity instanceof Enrolment e) {
            mark(event, e.projectId(), null, e.unitPath(), null);
        } else if (entity instanceof TrainingResult r) {
            mark(event, r.projectId(), null, r.unitPath(), r.teacherId());
        } else if (entity instanceof ResultBatch b) {
            mark(event, b.projectId(), null, null, null);
        } else if (entity instanceof TrainingProject p) {
            mark(event, p.id(), p.year(), null, null);
        }
    }

    /** The value an attribute had before this change, if it changed. */
    private static Object oldValue(ObjectChangeSet changes, String attribute) {
        ChangeRecord change = changes.getChangesForAttributeNamed(attribute);
        return change instanceof DirectToFieldChangeRecord direct ? direct.getOldValue() : null;
    }

    private static void mark(DescriptorEvent event, Long project, Integer year, String unit, Long teacher) {
        if (!firstInTransaction(Arrays.asList(project, year, unit, teacher))) {
            return;
        }
        Session session = event.getSession();
        if (session instanceof UnitOfWork unitOfWork) {
            session = unitOfWork.getParent();
        }
        DataModifyQuery insert = new DataModifyQuery(new SQLCall(INSERT));
        for (String argument : List.of("PROJECT", "YEAR", "UNIT", "TEACHER", "AT")) {
            insert.addArgument(argument);
        }
        session.executeQuery(insert, Arrays.asList(project, year, unit, teacher, Timestamp.from(Instant.now())));
    }

    /** Whether this mark is new in the current transaction (without one, always). */
    @SuppressWarnings("unchecked")
    private static boolean firstInTransaction(List<Object> mark) {
        TransactionSynchronizationRegistry tsr = registry();
        if (tsr == null || tsr.getTransactionKey() == null) {
            return true;
        }
        Set<List<Object>> written = (Set<List<Object>>) tsr.getResource(WRITTEN);
        if (written == null) {
            written = new HashSet<>();
            tsr.putResource(WRITTEN, written);
        }
        return written.add(mark);
    }

    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry tsr = registry;
        if (tsr == null) {
            try {
                tsr = (TransactionSynchronizationRegistry)
                        new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
                registry = tsr;
            } catch (NamingException e) {
                LOG.log(Level.FINE, "No transaction registry: every mark is written", e);
            }
        }
        return tsr;
    }
}
