// Starts Swagger UI on the document the server serves at /openapi. A separate file, not an inline
// script, so that the pages' Content-Security-Policy need not allow inline scripts.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: new URL("../openapi", window.location.href).toString(),
    dom_id: "#swagger-ui",
    deepLinking: true,
    docExpansion: "list",
    defaultModelsExpandDepth: 1,
    tryItOutEnabled: false
  });
});
