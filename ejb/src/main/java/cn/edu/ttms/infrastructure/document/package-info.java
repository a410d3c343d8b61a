/**
 * The documents the system issues, as signed PDF (issue 18): layout of the transcript and of the
 * completion certificate, the embedded Chinese font, the QR code and the PAdES signature, behind the
 * application's port {@link cn.edu.ttms.application.document.DocumentPrinter}.
 */
package cn.edu.ttms.infrastructure.document;
