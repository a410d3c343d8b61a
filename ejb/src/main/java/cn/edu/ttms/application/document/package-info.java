/**
 * Documents the system issues to teachers and signs: the transcript (培训学时学分证明) and completion
 * certificates (结业证书), each with a verification code anyone can look up (issue 18).
 */
package cn.edu.ttms.application.document;
