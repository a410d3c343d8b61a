package cn.edu.ttms.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.edu.ttms.domain.model.organisation.Organisation;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The standalone WAR and the EAR each carry a persistence unit (they name different data
 * sources). Both must list exactly the entities and converters of the ejb module, or one of the
 * two deployments would miss a table.
 */
class PersistenceUnitsTest {

    private static final Pattern CLASS = Pattern.compile("<class>([^<]+)</class>");

    @Test
    void bothUnitsListEveryEntityAndConverterOfTheEjbModule() throws Exception {
        Set<String> mapped = mappedClassesOfTheEjbModule();
        assertEquals(mapped, listed(Path.of("src/main/resources/META-INF/persistence.xml")), "standalone WAR unit");
        assertEquals(mapped, listed(Path.of("../config/src/main/resources/META-INF/persistence.xml")), "EAR unit");
    }

    private static Set<String> listed(Path persistenceXml) throws IOException {
        Set<String> classes = new TreeSet<>();
        Matcher m = CLASS.matcher(Files.readString(persistenceXml));
        while (m.find()) {
            classes.add(m.group(1).strip());
        }
        return classes;
    }

    private static Set<String> mappedClassesOfTheEjbModule() throws IOException, URISyntaxException {
        Path root = Path.of(Organisation.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Set<String> mapped = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".class"))
                        .forEach(f -> check(root.relativize(f).toString(), mapped));
            }
        } else {
            try (var jar = new java.util.jar.JarFile(root.toFile())) {
                jar.stream()
                        .map(e -> e.getName())
                        .filter(n -> n.endsWith(".class"))
                        .forEach(n -> check(n, mapped));
            }
        }
        return mapped;
    }

    private static void check(String file, Set<String> mapped) {
        String name = file.replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
        try {
            Class<?> c = Class.forName(name, false, PersistenceUnitsTest.class.getClassLoader());
            if (c.isAnnotationPresent(Entity.class)
                    || c.isAnnotationPresent(Converter.class)
                    || c.isAnnotationPresent(Embeddable.class)) {
                mapped.add(name);
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // classes that need the container to load are not JPA classes
        }
    }
}
