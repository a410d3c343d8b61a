package cn.edu.ttms.interfaces.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in on this HTTP session (pages only; the API is stateless). */
record SessionCaller(String name, Set<String> groups) implements Serializable {}
