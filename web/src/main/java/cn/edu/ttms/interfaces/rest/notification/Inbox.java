package cn.edu.ttms.interfaces.rest.notification;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the caller's notices, newest first, with how many are unread in all. */
@Schema(name = "Inbox")
@JsonbPropertyOrder({"items", "unread", "total"})
public record Inbox(List<Notice> items, long unread, long total) {}
