/**
 * A teacher's standing against the cycle and yearly minimums (art. 7, 9, 11): {@link
 * cn.edu.ttms.domain.model.compliance.ComplianceCalculator} turns archive records into a {@link
 * cn.edu.ttms.domain.model.compliance.ComplianceReport} with every requirement row, its shortfall
 * and what pending results would add.
 */
package cn.edu.ttms.domain.model.compliance;
