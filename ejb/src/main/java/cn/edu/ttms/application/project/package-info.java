/**
 * Training projects: the catalogue a caller may see, the terms a bureau edits ({@link
 * cn.edu.ttms.application.project.ProjectEditing}) and the steps of the life cycle ({@link
 * cn.edu.ttms.application.project.ProjectLifecycle}), each checked for role and scope here.
 */
package cn.edu.ttms.application.project;
