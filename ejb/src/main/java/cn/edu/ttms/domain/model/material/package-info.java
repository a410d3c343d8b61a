/**
 * A project's materials (培训材料): the files its host uploads after the class — notice, plan, photos,
 * summary, satisfaction results — within a month of its last day, for reimbursement and archiving
 * (workflow.md §6). The bytes live apart from the list ({@link ProjectMaterialFile}).
 */
package cn.edu.ttms.domain.model.material;
