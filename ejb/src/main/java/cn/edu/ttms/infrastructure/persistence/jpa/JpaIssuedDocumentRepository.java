package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.document.DocumentKind;
import cn.edu.ttms.domain.model.document.DocumentStatus;
import cn.edu.ttms.domain.model.document.IssuedDocument;
import cn.edu.ttms.domain.model.document.IssuedDocumentRepository;
import cn.edu.ttms.domain.model.document.VerificationCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIssuedDocumentRepository implements IssuedDocumentRepository {

    /** Ids per IN list: well under every database's limit on bound parameters. */
    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public IssuedDocument store(IssuedDocument document, byte[] signedPdf) {
        em.persist(document);
        em.flush();
        em.createNativeQuery("INSERT INTO issued_document_pdf (document_id, pdf) VALUES (?, ?)")
                .setParameter(1, document.id())
                .setParameter(2, signedPdf)
                .executeUpdate();
        return document;
    }

    @Override
    public byte[] pdfOf(IssuedDocument document) {
        Object pdf = em.createNativeQuery("SELECT pdf FROM issued_document_pdf WHERE document_id = ?")
                .setParameter(1, document.id())
                .getSingleResult();
        return Blobs.bytes(pdf);
    }

    @Override
    public Optional<IssuedDocument> byCode(VerificationCode code) {
        return em.createQuery("SELECT d FROM IssuedDocument d WHERE d.code = :c", IssuedDocument.class)
                .setParameter("c", code.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<IssuedDocument> validWith(DocumentKind kind, long teacherId, String fingerprint) {
        return em.createQuery(
                        "SELECT d FROM IssuedDocument d WHERE d.teacherId = :t AND d.kind = :k AND d.status = :s"
                                + " AND d.fingerprint = :f ORDER BY d.id DESC",
                        IssuedDocument.class)
                .setParameter("t", teacherId)
                .setParameter("k", kind)
                .setParameter("s", DocumentStatus.VALID)
                .setParameter("f", fingerprint)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<IssuedDocument> validStating(Collection<Long> resultIds) {
        List<Long> ids = new ArrayList<>(resultIds);
        List<Long> documents = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            documents.addAll(em.createQuery(
                            "SELECT DISTINCT d.id FROM IssuedDocument d JOIN d.resultIds r"
                                    + " WHERE r IN :ids AND d.status = :s",
                            Long.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .setParameter("s", DocumentStatus.VALID)
                    .getResultList());
        }
        List<IssuedDocument> out = new ArrayList<>();
        List<Long> distinct = documents.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            out.addAll(em.createQuery("SELECT d FROM IssuedDocument d WHERE d.id IN :ids", IssuedDocument.class)
                    .setParameter("ids", distinct.subList(i, Math.min(distinct.size(), i + CHUNK)))
                    .getResultList());
        }
        return out;
    }
}
