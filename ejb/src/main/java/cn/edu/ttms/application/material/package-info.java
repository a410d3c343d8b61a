/**
 * A project's materials (培训材料, workflow.md §6): upload, list, download and delete, and which of the
 * caller's classes still owe theirs (the home page's to-do). Who may do what is {@code BatchAccess}'s:
 * those who enter a class's results upload and delete; they and the staff whose subtree owns the class see.
 */
package cn.edu.ttms.application.material;
