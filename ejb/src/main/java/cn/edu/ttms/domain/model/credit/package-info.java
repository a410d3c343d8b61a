/**
 * Hours and credits of one result under a policy (art. 9, 10, 12, 13): project hours from stages,
 * the rate check, base and performance credits rounded once, the module split, lecturing and other
 * work. {@link cn.edu.ttms.domain.model.credit.CreditCalculator} is the entry point.
 */
package cn.edu.ttms.domain.model.credit;
