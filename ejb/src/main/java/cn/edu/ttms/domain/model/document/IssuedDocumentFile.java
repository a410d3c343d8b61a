package cn.edu.ttms.domain.model.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The signed PDF of an issued document, in a table of its own so that reading documents never reads their
 * bytes. An entity (not a statement written beside the document) so that a class's certificates are
 * written in JDBC batches at commit, after the documents they belong to.
 */
@Entity
@Table(name = "issued_document_pdf")
public class IssuedDocumentFile {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private IssuedDocument document;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    protected IssuedDocumentFile() {}

    public IssuedDocumentFile(IssuedDocument document, byte[] pdf) {
        this.document = Objects.requireNonNull(document, "document");
        this.documentId = document.id();
        this.pdf = Objects.requireNonNull(pdf, "pdf"); // handed over, never changed: no copy of 70 KB
    }

    public Long documentId() {
        return documentId;
    }
}
