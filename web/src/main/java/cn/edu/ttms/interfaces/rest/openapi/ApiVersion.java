package cn.edu.ttms.interfaces.rest.openapi;

/** The version of the public API document: the contract of api.md, version 1. */
final class ApiVersion {

    static final String VALUE = "1.0.0";

    private ApiVersion() {}
}
