package cn.edu.ttms.domain.model.project;

import java.util.List;

/** Which projects a person leads and which a unit hosts: what they see beyond their own subtree. */
public interface ProjectAssignments {

    /** The ids of the projects whose lead is this account. */
    List<Long> ledBy(long accountId);

    /** The ids of the projects this unit (an institution, or a school for a school-based class) hosts. */
    List<Long> hostedBy(long organisationId);
}
