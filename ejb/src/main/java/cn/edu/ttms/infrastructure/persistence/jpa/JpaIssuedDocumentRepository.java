package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.document.DocumentKind;
import cn.edu.ttms.domain.model.document.DocumentStatus;
import cn.edu.ttms.domain.model.document.IssuedDocument;
import cn.edu.ttms.domain.model.document.IssuedDocumentFile;
import cn.edu.ttms.domain.model.document.IssuedDocumentRepository;
import cn.edu.ttms.domain.model.document.VerificationCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaIssuedDocumentRepository implements IssuedDocumentRepository {

    /** Ids per IN list: well under every database's limit on bound parameters. */
    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "ttms")
    private EntityManager em;

    @Override
    public IssuedDocument store(IssuedDocument document, byte[] signedPdf) {
        storeAll(Map.of(document, signedPdf));
        return document;
    }

    @Override
    public void storeAll(Map<IssuedDocument, byte[]> signedPdfs) {
        // no flush: the documents, their results and PDFs go in JDBC batches at commit (ids come from the
        // table generator at persist), and the PDF rows after their documents (@MapsId)
        signedPdfs.forEach((document, pdf) -> {
            em.persist(document);
            em.persist(new IssuedDocumentFile(document, pdf));
        });
    }

    @Override
    public Map<Long, byte[]> pdfsOf(Collection<IssuedDocument> documents) {
        List<Long> ids = documents.stream().map(IssuedDocument::id).toList();
        Map<Long, byte[]> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            em.createQuery(
                            "SELECT f.documentId, f.pdf FROM IssuedDocumentFile f WHERE f.documentId IN :ids",
                            Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .getResultList()
                    .forEach(row -> out.put((Long) row[0], Blobs.bytes(row[1])));
        }
        return out;
    }

    @Override
    public Map<String, IssuedDocument> validWith(
            DocumentKind kind, Collection<Long> teacherIds, Collection<String> fingerprints) {
        List<Long> teachers = teacherIds.stream().distinct().toList();
        Set<String> wanted = new HashSet<>(fingerprints);
        Map<String, IssuedDocument> out = new HashMap<>();
        for (int i = 0; i < teachers.size(); i += CHUNK) {
            em
                    .createQuery(
                            "SELECT d FROM IssuedDocument d WHERE d.teacherId IN :t AND d.kind = :k AND d.status = :s"
                                    + " ORDER BY d.id",
                            IssuedDocument.class)
                    .setParameter("t", teachers.subList(i, Math.min(teachers.size(), i + CHUNK)))
                    .setParameter("k", kind)
                    .setParameter("s", DocumentStatus.VALID)
                    .getResultList()
                    .stream()
                    .filter(d -> wanted.contains(d.fingerprint()))
                    .forEach(d -> out.put(d.fingerprint(), d)); // ordered by id: the newest stays
        }
        return out;
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
