package cn.edu.ttms.application.project;

import java.io.Serializable;
import java.util.List;

/**
 * What the project form offers: host institutions (under the owning bureau, or attached to a bureau
 * above it), project leads (accounts with the role under those), and the units quotas may go to
 * (the bureau's direct subordinates).
 */
public record ProjectChoices(List<Choice> hosts, List<Choice> leads, List<Choice> units) implements Serializable {}
