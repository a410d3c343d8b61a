/**
 * Annual training plans: reading a bureau's plan spreadsheet (the Chenzhou 2018 layout) into rows,
 * with every inference and problem reported by row, and the plan's totals of projects and trainee
 * places. {@link cn.edu.ttms.application.plan.PlanSheets} reads and writes the sheet; {@link
 * cn.edu.ttms.application.plan.DeliveryFormWords} holds the bureau's words for delivery forms.
 */
package cn.edu.ttms.application.plan;
