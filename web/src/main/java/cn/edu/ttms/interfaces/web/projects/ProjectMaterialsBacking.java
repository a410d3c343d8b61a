package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.application.material.MaterialList;
import cn.edu.ttms.application.material.MaterialView;
import cn.edu.ttms.application.material.ProjectMaterials;
import cn.edu.ttms.domain.model.material.MaterialKind;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.model.file.UploadedFile;

/**
 * The materials section of app/projects/view.xhtml (培训材料, workflow.md §6): the files uploaded, what is
 * still missing and by when, and — for the lead, the host and the owning unit — an upload form (kind and
 * file) and a delete per file. Shown to those who see the project's own records, never to teachers. The
 * project is {@link ProjectViewBacking}'s; uploads are limited like the API's (app.upload.max-bytes).
 */
@Named
@ViewScoped
public class ProjectMaterialsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] READERS = {
        "ADMIN",
        "PROVINCE_OFFICER",
        "BUREAU_STAFF",
        "BUREAU_REVIEWER",
        "SCHOOL_ADMIN",
        "PROJECT_LEAD",
        "INSTITUTION_STAFF"
    };

    @Inject
    ProjectViewBacking view;

    @Inject
    ProjectMaterials materials;

    private MaterialList list;
    private boolean loaded;
    private MaterialKind kind = MaterialKind.NOTICE;
    private transient UploadedFile upload;

    /** The project's materials, or null when the caller does not see them (another county's staff). */
    public MaterialList getList() {
        if (!loaded) {
            loaded = true;
            list = null;
            if (view.getSheet() != null && any(READERS)) {
                try {
                    list = materials.list(view.getId());
                } catch (DomainException notForThisReader) {
                    list = null;
                }
            }
        }
        return list;
    }

    public boolean isShown() {
        return getList() != null;
    }

    public boolean isMayChange() {
        return isShown() && list.mayChange();
    }

    public void upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (upload == null || upload.getSize() == 0) {
            Messages.error(faces, null, "materials.chooseFile");
            return;
        }
        if (upload.getSize() > maxUploadBytes()) {
            Messages.error(faces, null, "materials.tooLarge", getMaxMegabytes());
            return;
        }
        try {
            MaterialView saved = materials.upload(view.getId(), kind, upload.getFileName(), upload.getContent());
            Messages.info(faces, null, "materials.uploaded.done", saved.fileName(), label(saved.kind()));
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
        upload = null;
        loaded = false;
    }

    public void delete(MaterialView m) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            materials.delete(view.getId(), m.id());
            Messages.info(faces, null, "materials.deleted", m.fileName());
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
        loaded = false;
    }

    /** "培训总结、满意度调查结果" in the page's language. */
    public String getMissingText() {
        return isShown() ? list.missing().stream().map(this::label).collect(Collectors.joining(separator())) : "";
    }

    public String label(MaterialKind k) {
        return DomainMessages.format(
                k.messageKey(),
                List.of(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** 12.3 KB, 1.5 MB: sizes as people read them. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        boolean mega = bytes >= 1024 * 1024;
        BigDecimal value = BigDecimal.valueOf(bytes)
                .divide(BigDecimal.valueOf(mega ? 1024 * 1024 : 1024), 1, RoundingMode.HALF_UP);
        return value.toPlainString() + (mega ? " MB" : " KB");
    }

    public MaterialKind[] getKinds() {
        return MaterialKind.values();
    }

    /** The limit the form states: "20 MB". */
    public long getMaxMegabytes() {
        return maxUploadBytes() / (1024 * 1024);
    }

    /** app.upload.max-bytes, read when needed (an injected value would not survive the view's passivation). */
    private static long maxUploadBytes() {
        return ConfigProvider.getConfig()
                .getOptionalValue("app.upload.max-bytes", Long.class)
                .orElse(20_971_520L);
    }

    public MaterialKind getKind() {
        return kind;
    }

    public void setKind(MaterialKind kind) {
        this.kind = kind;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    private static String separator() {
        String lang =
                FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        return "zh".equals(lang) ? "、" : ", ";
    }

    private static boolean any(String... roles) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return Stream.of(roles).anyMatch(context::isUserInRole);
    }
}
