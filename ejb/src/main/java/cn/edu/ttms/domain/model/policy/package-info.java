/**
 * The credit policy as data (rules.md: "these rules are data, not code"). {@link
 * cn.edu.ttms.domain.model.policy.PolicyRules} holds every figure of the measures — rate ranges,
 * grade bands, coefficients, cycle and minimums, switches, lecturing factors, conversions — and
 * {@link cn.edu.ttms.domain.model.policy.PolicyRulesBuilder} lists every problem of a policy an
 * administrator enters. The Lincang 2017 measures are the shipped default.
 */
package cn.edu.ttms.domain.model.policy;
