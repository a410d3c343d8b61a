package cn.edu.ttms.it.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the application serves describes the real API well enough to generate a
 * client from: this product's title, HTTP Basic, unique operationIds, tags, the problem document
 * for errors, typed request bodies; and Redocly's linter finds no error in it (the linter from the
 * npm registry, found on the PATH or fetched by npx). The browsable reference is served too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @ArquillianResource
    URL base;

    private JsonObject document() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "openapi"))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    @Test
    void theDocumentNamesTheProductItsSecurityAndItsErrors() throws Exception {
        JsonObject doc = document();
        assertTrue(
                doc.getJsonObject("info").getString("title").contains("TTMS"),
                doc.getJsonObject("info").toString());
        JsonObject schemes = doc.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("basic", schemes.getJsonObject("basicAuth").getString("scheme"));
        assertTrue(doc.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
        assertTrue(
                doc.getJsonObject("components").getJsonObject("schemas").containsKey("CreditCalculationRequest"),
                "typed request bodies have schemas");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        doc.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
                    if (op.getValueType() != JsonValue.ValueType.OBJECT
                            || !op.asJsonObject().containsKey("responses")) {
                        return;
                    }
                    JsonObject operation = op.asJsonObject();
                    String id = operation.getString("operationId", "");
                    if (id.isEmpty() || !ids.add(id)) {
                        problems.add(method + " " + path + ": operationId '" + id + "' missing or repeated");
                    }
                    if (!operation.containsKey("tags")
                            || operation.getJsonArray("tags").isEmpty()) {
                        problems.add(method + " " + path + ": no tag");
                    }
                    JsonObject forbidden = operation.getJsonObject("responses").getJsonObject("403");
                    if (forbidden == null || !forbidden.toString().contains("application/problem+json")) {
                        problems.add(method + " " + path + ": 403 is not a problem document");
                    }
                }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(ids.size() > 40, "every operation of the API: " + ids.size());
    }

    @Test
    void redoclyFindsNoError() throws Exception {
        HttpResponse<String> yaml = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "openapi"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Path file = Path.of("target", "openapi.yaml").toAbsolutePath(); // kept for reading after the run
        Files.writeString(file, yaml.body(), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(
                onPath("redocly") ? List.of("redocly") : List.of("npx", "--yes", "@redocly/cli@2.77.0"));
        command.addAll(List.of("lint", "--format=stylish", file.toString()));
        Process lint = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lint.waitFor(5, TimeUnit.MINUTES), "redocly did not finish");
        assertEquals(0, lint.exitValue(), "redocly lint reports errors:\n" + output);
    }

    /** Every JSON request body is a named schema with properties, so a generated client has typed bodies. */
    @Test
    void everyJsonBodyIsTyped() throws Exception {
        JsonObject doc = document();
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        List<String> untyped = new ArrayList<>();
        doc.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
                    if (op.getValueType() != JsonValue.ValueType.OBJECT
                            || !op.asJsonObject().containsKey("requestBody")) {
                        return;
                    }
                    JsonObject content =
                            op.asJsonObject().getJsonObject("requestBody").getJsonObject("content");
                    JsonObject json = content == null ? null : content.getJsonObject("application/json");
                    if (json != null && !typed(json.getJsonObject("schema"), schemas)) {
                        untyped.add(method + " " + path);
                    }
                }));
        assertTrue(untyped.isEmpty(), "request bodies without a typed schema:\n" + String.join("\n", untyped));
    }

    @Test
    void aGeneratedTypeScriptClientHasTypedBodies() throws Exception {
        HttpResponse<String> yaml = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "openapi"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Path file = Files.createTempFile("ttms-openapi-", ".yaml");
        Path types = Files.createTempFile("ttms-api-", ".d.ts");
        Files.writeString(file, yaml.body(), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(
                onPath("openapi-typescript")
                        ? List.of("openapi-typescript")
                        : List.of("npx", "--yes", "openapi-typescript@7.13.0"));
        command.addAll(List.of(file.toString(), "-o", types.toString()));
        Process generate = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(generate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(generate.waitFor(5, TimeUnit.MINUTES), "openapi-typescript did not finish");
        assertEquals(0, generate.exitValue(), output);
        String ts = Files.readString(types, StandardCharsets.UTF_8);
        assertTrue(
                ts.contains("CreditCalculationRequest: {") && ts.contains("hours?: number"), "typed calculator body");
        assertTrue(ts.contains("Problem: {") && ts.contains("detail?: string"), "typed problem document");
        assertTrue(ts.contains("LocalDate: string") && ts.contains("Instant: string"), "dates are ISO text");
        assertTrue(
                ts.contains("\"COUNTY\"") && ts.contains("\"LOCAL_CONCENTRATED\""),
                "the domain's codes are enumerations, not objects");
    }

    private static boolean typed(JsonObject schema, JsonObject schemas) {
        if (schema == null) {
            return false;
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").replaceFirst("^#/components/schemas/", "");
            JsonObject target = schemas.getJsonObject(name);
            return target != null
                    && (target.containsKey("properties") || target.containsKey("enum") || target.containsKey("items"));
        }
        return schema.containsKey("properties")
                || "array".equals(schema.getString("type", "")) && typed(schema.getJsonObject("items"), schemas);
    }

    @Test
    void theBrowsableReferenceIsServedByTheApplication() throws Exception {
        HttpResponse<String> page = Api.anonymous(base).get("/api-docs/");
        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().contains("swagger-ui")
                        && !page.body().contains("//cdn")
                        && !page.body().contains("https://"),
                page.body());
        assertEquals(
                200,
                Api.anonymous(base)
                        .get("/webjars/swagger-ui/5.35.0/swagger-ui-bundle.js")
                        .statusCode());
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
