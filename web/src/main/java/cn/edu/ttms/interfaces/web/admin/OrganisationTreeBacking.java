package cn.edu.ttms.interfaces.web.admin;

import cn.edu.ttms.application.organisation.OrganisationAdmin;
import cn.edu.ttms.application.organisation.OrganisationNode;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** app/admin/organisations.xhtml: the organisation tree, with create, rename, move and close. */
@Named
@ViewScoped
public class OrganisationTreeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationAdmin admin;

    private TreeNode<OrganisationNode> root;
    private TreeNode<OrganisationNode> selected;
    private List<OrganisationNode> all;
    private String newName;
    private String childName;
    private OrganisationKind childKind = OrganisationKind.SCHOOL;
    private Long moveTo;

    @PostConstruct
    void load() {
        all = admin.subtree();
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<OrganisationNode>> byId = new HashMap<>();
        for (OrganisationNode n : all) {
            TreeNode<OrganisationNode> parent = n.parentId() == null ? root : byId.getOrDefault(n.parentId(), root);
            TreeNode<OrganisationNode> node = new DefaultTreeNode<>(n, parent);
            node.setExpanded(n.depth() < 2);
            byId.put(n.id(), node);
        }
        if (selected != null) {
            long id = selected.getData().id();
            selected = byId.get(id);
            if (selected != null) {
                selected.setSelected(true);
            }
        }
    }

    public void onSelect() {
        newName = selected == null ? null : selected.getData().name();
    }

    public void rename() {
        act(() -> admin.rename(selected.getData().id(), selected.getData().version(), newName), "org.renamed");
    }

    public void createChild() {
        act(() -> admin.create(selected.getData().id(), childKind, childName, null), "org.created");
        childName = null;
    }

    public void move() {
        act(() -> admin.move(selected.getData().id(), moveTo), "org.moved");
    }

    public void close() {
        act(() -> admin.close(selected.getData().id()), "org.closed");
    }

    private void act(Runnable action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (selected == null) {
            Messages.error(faces, null, "org.selectFirst");
            return;
        }
        try {
            action.run();
            Messages.info(faces, null, doneKey);
        } catch (DomainException e) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            DomainMessages.of(e, faces.getViewRoot().getLocale()),
                            null));
        } catch (IllegalArgumentException | EJBException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, cause.getMessage(), null));
        }
        load();
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<OrganisationNode> getAll() {
        return all;
    }

    public TreeNode<OrganisationNode> getRoot() {
        return root;
    }

    public TreeNode<OrganisationNode> getSelected() {
        return selected;
    }

    public void setSelected(TreeNode<OrganisationNode> selected) {
        this.selected = selected;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getChildName() {
        return childName;
    }

    public void setChildName(String childName) {
        this.childName = childName;
    }

    public OrganisationKind getChildKind() {
        return childKind;
    }

    public void setChildKind(OrganisationKind childKind) {
        this.childKind = childKind;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }
}
