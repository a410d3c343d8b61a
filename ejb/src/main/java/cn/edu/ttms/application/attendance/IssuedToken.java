package cn.edu.ttms.application.attendance;

import java.time.Instant;

/** A session's QR code content as issued now: the signed token and the moment it stops being accepted. */
public record IssuedToken(long sessionId, String token, Instant expiresAt) implements java.io.Serializable {}
