/**
 * Documents issued to teachers and verifiable by anyone: the transcript and completion certificates,
 * their verification codes and their revocation (issue 18).
 */
package cn.edu.ttms.domain.model.document;
