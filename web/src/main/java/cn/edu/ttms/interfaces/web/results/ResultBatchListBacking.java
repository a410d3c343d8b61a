package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.result.BatchQueries;
import cn.edu.ttms.application.result.BatchSummary;
import cn.edu.ttms.application.result.SignatureView;
import cn.edu.ttms.domain.model.result.BatchStatus;
import cn.edu.ttms.interfaces.web.shell.PagedModel;
import cn.edu.ttms.interfaces.web.shell.Times;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * app/results/list.xhtml (成绩与签名): the result batches in the caller's view — their bureau's subtree,
 * or the projects they lead or host — paged in the database, optionally of one status.
 */
@Named
@ViewScoped
public class ResultBatchListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BatchQueries queries;

    private BatchStatus status;
    private LazyDataModel<BatchSummary> batches;

    @PostConstruct
    void init() {
        batches = new PagedModel<>(this::page, this::count, BatchSummary::id);
    }

    public void load() {
        ResultPages.allow(ResultPages.BATCHES);
    }

    private List<BatchSummary> page(int first, int max) {
        return queries.list(null, status, first, max);
    }

    private long count() {
        return queries.count(null, status);
    }

    /** The batch's latest signature as "审核通过 · 王审核 · 2026-06-30 10:15", or empty. */
    public String lastSignature(BatchSummary batch) {
        List<SignatureView> signatures = batch.signatures();
        if (signatures == null || signatures.isEmpty()) {
            return "";
        }
        SignatureView s = signatures.get(signatures.size() - 1);
        return ResultText.domain(
                        s.meaning().messageKey(),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale()) + " · " + s.signerName() + " · "
                + Times.shown(s.signedAt());
    }

    public LazyDataModel<BatchSummary> getBatches() {
        return batches;
    }

    public BatchStatus[] getStatuses() {
        return BatchStatus.values();
    }

    public BatchStatus getStatus() {
        return status;
    }

    public void setStatus(BatchStatus status) {
        this.status = status;
    }
}
