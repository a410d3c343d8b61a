package cn.edu.ttms.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.plan.PlanImportReport;
import cn.edu.ttms.application.plan.PlanInference;
import cn.edu.ttms.application.plan.PlanLine;
import cn.edu.ttms.application.plan.PlanRef;
import cn.edu.ttms.application.plan.PlanRow;
import cn.edu.ttms.application.plan.PlanSheetResult;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Level;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;

/**
 * On a cluster the HTTP session, and with it every view, is replicated, so whatever a view- or
 * session-scoped bean keeps between requests must be serializable, down to the records it holds
 * (issue 20). Checked from the declared types, so that a new field fails here and not in the
 * server log of a clustered installation.
 */
class SessionStateSerializableTest {

    /**
     * Fields typed {@code Object} on purpose: a message's arguments (strings, numbers, dates), which
     * the round trip below exercises.
     */
    private static final Set<String> MESSAGE_ARGUMENTS =
            Set.of(ImportProblem.class.getName() + ".args", PlanInference.class.getName() + ".args");

    /** Fields not yet fit for a cluster, each a known exception: none. */
    private static final Set<String> KNOWN_EXCEPTIONS = Set.of();

    /** Interfaces of libraries whose implementations are all serializable, like the collections. */
    private static final Set<Class<?>> SERIALIZABLE_INTERFACES = Set.of(TreeNode.class);

    private static final List<Class<?>> SCOPED = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("cn.edu.ttms.interfaces")
                    .stream()
                    .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
                    .map(JavaClass::reflect)
                    .toList();

    @Test
    void theBeansAreFound() {
        assertFalse(SCOPED.isEmpty());
        assertTrue(SCOPED.stream().anyMatch(c -> c.getSimpleName().equals("PlanImportBacking")));
    }

    @Test
    void everythingAViewOrSessionKeepsIsSerializable() {
        Set<String> problems = new TreeSet<>();
        Set<Key> seen = new HashSet<>();
        for (Class<?> bean : SCOPED) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, Map.of(), bean.getSimpleName(), seen, problems);
        }
        assertEquals(Set.of(), problems, "state that cannot be replicated between cluster nodes");
    }

    /** A plan preview as the import wizard keeps it between upload and confirmation. */
    @Test
    void aPlanPreviewSurvivesSerialization() throws Exception {
        PlanRow row = new PlanRow(
                12,
                7,
                "郴州市教育局",
                "学科",
                "初中数学骨干教师培训班",
                "D309",
                "集中",
                DeliveryForm.LOCAL_CONCENTRATED,
                "初中数学教师",
                null,
                new BigDecimal("5"),
                new BigDecimal("5"),
                120,
                List.of("湘南学院"),
                null,
                Level.COUNTY);
        ImportProblem problem = ImportProblem.of(13, "培训人数", "import.plan.trainees", "abc", 13, BigDecimal.ONE);
        PlanSheetResult sheet = new PlanSheetResult(
                List.of(row),
                List.of(new PlanInference(12, "import.plan.inferred", List.of("集中"))),
                List.of(problem),
                2,
                2,
                120,
                120);
        PlanImportReport report = new PlanImportReport(
                sheet.titled("2026年临沧市教师培训计划", 2026),
                new ArrayList<>(List.of(problem)),
                null,
                List.of(new PlanRef(7, 2026, "2026年临沧市教师培训计划")));

        assertEquals(report, roundTrip(report));
        assertEquals(PlanLine.of(sheet.rows()), roundTrip(PlanLine.of(sheet.rows())));
    }

    private static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    private static void checkFields(
            Class<?> type, Map<TypeVariable<?>, Type> bound, String path, Set<Key> seen, Set<String> problems) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()) {
                    continue;
                }
                if (f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(EJB.class)) {
                    continue; // a client proxy, serializable by the container
                }
                if (MESSAGE_ARGUMENTS.contains(c.getName() + "." + f.getName())
                        || KNOWN_EXCEPTIONS.contains(path + "." + f.getName())) {
                    continue;
                }
                check(f.getGenericType(), bound, path + "." + f.getName(), seen, problems);
            }
        }
    }

    private static void check(
            Type type, Map<TypeVariable<?>, Type> bound, String path, Set<Key> seen, Set<String> problems) {
        if (type instanceof TypeVariable<?> v) {
            Type actual = bound.get(v);
            if (actual == null) {
                problems.add(path + ": type variable " + v + " of unknown type");
            } else {
                check(actual, Map.of(), path, seen, problems);
            }
        } else if (type instanceof WildcardType w) {
            check(w.getUpperBounds()[0], bound, path, seen, problems);
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), bound, path + "[]", seen, problems);
        } else if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (isCollection(raw) || SERIALIZABLE_INTERFACES.contains(raw)) {
                for (Type arg : args) {
                    check(arg, bound, path + "<>", seen, problems);
                }
                return;
            }
            Map<TypeVariable<?>, Type> inner = new HashMap<>();
            TypeVariable<?>[] vars = raw.getTypeParameters();
            for (int i = 0; i < vars.length; i++) {
                inner.put(vars[i], resolve(args[i], bound));
            }
            checkClass(raw, inner, path, seen, problems);
            if (Serializable.class.isAssignableFrom(raw) && !isOurs(raw)) {
                // a serializable container of ours (a lazy table model, an ArrayList): its rows too
                for (Type arg : args) {
                    check(arg, bound, path + "<>", seen, problems);
                }
            }
        } else if (type instanceof Class<?> c) {
            if (isCollection(c) || SERIALIZABLE_INTERFACES.contains(c)) {
                problems.add(path + ": " + c.getName() + " without its element type");
            } else {
                checkClass(c, Map.of(), path, seen, problems);
            }
        }
    }

    private static void checkClass(
            Class<?> c, Map<TypeVariable<?>, Type> bound, String path, Set<Key> seen, Set<String> problems) {
        if (c.isPrimitive() || c.isEnum()) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), bound, path + "[]", seen, problems);
            return;
        }
        if (c.isAnnotationPresent(Entity.class)) {
            problems.add(path + ": " + c.getName() + " is an entity; keep a DTO instead");
            return;
        }
        if (c.isInterface() && c.isSealed()) {
            for (Class<?> sub : c.getPermittedSubclasses()) {
                checkClass(sub, Map.of(), path, seen, problems);
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (isOurs(c) && !c.isInterface() && seen.add(new Key(c, bound))) {
            checkFields(c, bound, path, seen, problems);
        }
    }

    private static Type resolve(Type t, Map<TypeVariable<?>, Type> bound) {
        return t instanceof TypeVariable<?> v && bound.containsKey(v) ? bound.get(v) : t;
    }

    private static boolean isCollection(Class<?> c) {
        return c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c));
    }

    private static boolean isOurs(Class<?> c) {
        return c.getName().startsWith("cn.edu.ttms.");
    }

    /** A generic class of ours with its type arguments, checked once per set of arguments. */
    private record Key(Class<?> type, Map<TypeVariable<?>, Type> bound) {}
}
