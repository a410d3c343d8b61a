package cn.edu.ttms.interfaces.rest.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document that the server derives from the resources, so that a client can
 * be generated from it: this product's title and version, HTTP Basic as the security scheme of
 * every operation, a unique operationId and an area tag for each operation, and the problem
 * document (RFC 9457, api.md) as the body of every 4xx and 5xx answer. What the annotations of a
 * resource already say is kept; this fills in only what they leave out. Registered through
 * {@code mp.openapi.filter} in META-INF/microprofile-config.properties.
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String BASIC = "basicAuth";

    /** The areas of the API, in the order a reader meets them, with what each holds. */
    private static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("me", "当前用户：身份、签名证书、修改密码 (the signed-in account)");
        AREAS.put("organisations", "组织机构与单位达标统计 (organisation tree, unit compliance)");
        AREAS.put("teachers", "教师名册、导入、培训档案与达标 (teacher registry, imports, archive, compliance)");
        AREAS.put("credits", "学分计算器 (credit calculator)");
        AREAS.put("credit-policies", "学时学分政策及其版本 (credit policies and their versions)");
        AREAS.put("plans", "年度培训计划导入 (annual plan import)");
        AREAS.put("projects", "培训项目、报名、名册与考勤 (projects, enrolment, rosters, attendance)");
        AREAS.put("enrolments", "报名审核与退出 (enrolment decisions and withdrawal)");
        AREAS.put("attendance", "考勤签到 (attendance sessions and sign-in)");
        AREAS.put("result-batches", "成绩录入、电子签名与验证 (results, sign-off chain, verification)");
        AREAS.put("statistics", "统计：达标率与培训情况 (statistics: compliance and training)");
        AREAS.put("notifications", "消息 (the caller's inbox)");
        AREAS.put("signing-locks", "签名 PIN 锁定（管理员） (signing locks after wrong PINs)");
        AREAS.put("system", "系统运维：备份（最上级单位的管理员） (operations: backups)");
        AREAS.put("statistics", "统计：培训人次、培训目标与完成情况 (statistics: training places, targets and actuals)");
    }

    /**
     * Cleans what the generator writes inconsistently: an exclusive bound without its bound, a
     * {@code nullable} without a type, and examples of numbers written as text.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        // the generator copies the defaults of @Schema as if they were said: "maxProperties: 0" would
        // forbid every property of an object, "minLength: 0" on a number means nothing
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (schema.getExclusiveMaximum() != null && schema.getMaximum() == null) {
            schema.setExclusiveMaximum(null);
        }
        if (schema.getExclusiveMinimum() != null && schema.getMinimum() == null) {
            schema.setExclusiveMinimum(null);
        }
        if (schema.getRef() != null) {
            // a reference stands alone in OpenAPI 3.0: the generator also writes the target inline
            schema.setType(null);
            schema.setProperties(null);
        }
        if (schema.getType() == Schema.SchemaType.STRING
                && schema.getProperties() != null
                && !schema.getProperties().isEmpty()) {
            // a file download (type string, format binary) merged with another schema's properties
            schema.setProperties(null);
        }
        if (schema.getNullable() != null && schema.getType() == null) {
            schema.setNullable(null);
        }
        if ((schema.getType() == Schema.SchemaType.NUMBER || schema.getType() == Schema.SchemaType.INTEGER)
                && schema.getExample() instanceof String text) {
            try {
                schema.setExample(new java.math.BigDecimal(text));
            } catch (NumberFormatException notANumber) {
                schema.setExample(null);
            }
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        // the document is served by every node under its own address: the API is relative to it
        api.servers(new ArrayList<>(List.of(
                OASFactory.createServer().url("/").description("本服务器 (this server); every path starts with /api/v1"))));
        withoutServerEndpoints(api);
        api.info(OASFactory.createInfo()
                .title("TTMS 教师培训管理系统 API")
                .version(ApiVersion.VALUE)
                .description("教师培训管理系统的公开集成接口（/api/v1）：JSON (UTF-8)，HTTP Basic 认证，"
                        + "错误以 RFC 9457 application/problem+json 返回，语言取自 Accept-Language（默认 zh-CN）。"
                        + " The public integration API of the teacher-training management system.")
                .license(OASFactory.createLicense().name("Proprietary: for the education bureaus that run it")));
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        components.addSecurityScheme(
                BASIC,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("与界面相同的账号 (the same accounts as the UI); TLS in production"));
        components.addSchema(PROBLEM, problemSchema());
        api.components(components);
        api.security(
                new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BASIC))));
        if (api.getPaths() == null) {
            return;
        }
        Set<String> usedIds = new HashSet<>();
        Set<String> usedTags = new TreeSet<>();
        api.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                    complete(path, method, operation, usedIds);
                    usedTags.addAll(operation.getTags());
                }));
        List<Tag> tags = new ArrayList<>();
        AREAS.forEach((name, description) -> {
            if (usedTags.remove(name)) {
                tags.add(OASFactory.createTag().name(name).description(description));
            }
        });
        usedTags.forEach(name -> tags.add(OASFactory.createTag().name(name).description(name)));
        api.tags(tags);
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation, Set<String> usedIds) {
        String area = area(path);
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.tags(new ArrayList<>(List.of(area)));
        }
        String id = operation.getOperationId();
        if (id == null || id.isBlank() || usedIds.contains(id)) {
            id = operationId(method, path, usedIds);
            operation.operationId(id);
        }
        usedIds.add(id);
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.summary(method.name() + " " + path);
        }
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        if (responses.getAPIResponses() == null
                || responses.getAPIResponses().keySet().stream().noneMatch(k -> k.startsWith("2"))) {
            // the generator files a returned entity under "default"; JAX-RS answers it with 200
            APIResponse success = responses.getAPIResponses() == null
                    ? null
                    : responses.getAPIResponses().get("default");
            if (success != null) {
                responses.removeAPIResponse("default");
            } else {
                success = OASFactory.createAPIResponse();
            }
            responses.addAPIResponse("200", success);
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Content body = operation.getRequestBody().getContent();
            if (body.hasMediaType("multipart/form-data") && body.hasMediaType("*/*")) {
                body.removeMediaType("*/*"); // the generator's guess beside the declared upload form
            }
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.description(code.startsWith("2") ? "成功 (success)" : "见 problem (see the problem document)");
            }
        });
        addProblem(responses, "400", "请求格式有误：参数或正文不是所需的类型 (malformed parameter or body)");
        addProblem(responses, "401", "未登录 (no or wrong credentials)");
        addProblem(responses, "403", "角色不允许此操作 (the role may not do this)");
        if (path.contains("{")) {
            addProblem(responses, "404", "不存在或不在调用者的管理范围内 (does not exist or is outside the caller's scope)");
        }
        if (method != PathItem.HttpMethod.GET) {
            addProblem(responses, "409", "与当前状态冲突，或已被他人修改 (conflict with the current state)");
            addProblem(responses, "413", "请求内容超过上限 (request too large)");
            addProblem(responses, "422", "数据不符合规则，errors 逐项说明 (unprocessable: errors lists each problem)");
        }
        addProblem(responses, "500", "服务器内部错误 (internal error)");
        operation.responses(responses);
    }

    private static void addProblem(APIResponses responses, String code, String description) {
        if (responses.getAPIResponses() != null && responses.getAPIResponses().containsKey(code)) {
            APIResponse existing = responses.getAPIResponses().get(code);
            if (existing.getContent() == null
                    || existing.getContent().getMediaTypes().isEmpty()) {
                existing.content(problemContent());
            }
            return;
        }
        responses.addAPIResponse(
                code, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    private static Content problemContent() {
        MediaType json =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM));
        return OASFactory.createContent().addMediaType("application/problem+json", json);
    }

    private static Schema problemSchema() {
        Schema error = OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .addProperty(
                        "field",
                        OASFactory.createSchema().type(Schema.SchemaType.STRING).description("字段或参数名"))
                .addProperty(
                        "row",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .description("导入文件的行号"))
                .addProperty(
                        "column",
                        OASFactory.createSchema().type(Schema.SchemaType.STRING).description("导入文件的列名"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem document, in the caller's language (Accept-Language)")
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty(
                        "requestId",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description("请求编号，与响应头 X-Request-Id 相同，用于在服务器日志中查找该请求"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(error))
                .required(new ArrayList<>(List.of("title", "status")));
    }

    /**
     * Payara's document carries a top-level {@code endpoints} map of its own (the applications'
     * roots), which OpenAPI does not define and validators refuse; it is emptied here when the
     * model has it. Not part of the MicroProfile API, hence reflection; other servers lack it.
     */
    private static void withoutServerEndpoints(OpenAPI api) {
        try {
            api.getClass()
                    .getMethod("setEndpoints", Map.class)
                    .invoke(api, new java.util.TreeMap<String, Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            // another server's model: nothing to remove
        }
    }

    /** The area of a path: the first segment after the version ({@code /api/v1/teachers/{id}} → teachers). */
    static String area(String path) {
        String[] parts = path.replaceFirst("^/?(api/)?v1/?", "").split("/");
        return parts.length == 0 || parts[0].isBlank() ? "api" : parts[0];
    }

    /**
     * A readable id from the method and the path's words: {@code GET /api/v1/teachers/{id}/archive}
     * → {@code getTeachersArchive}; unique by a number if it must be.
     */
    static String operationId(PathItem.HttpMethod method, String path, Set<String> used) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String part : path.replaceFirst("^/?(api/)?v1/?", "").split("[/-]")) {
            if (part.isBlank()) {
                continue;
            }
            if (part.startsWith("{")) {
                id.append("By").append(capital(part.substring(1, part.length() - 1)));
            } else {
                id.append(capital(part));
            }
        }
        String candidate = id.toString();
        for (int n = 2; used.contains(candidate); n++) {
            candidate = id + String.valueOf(n);
        }
        return candidate;
    }

    private static String capital(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
