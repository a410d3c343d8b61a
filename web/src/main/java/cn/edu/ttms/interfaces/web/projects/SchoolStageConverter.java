package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.domain.model.teacher.SchoolStage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** School stages of a many-checkbox: a List's element type is erased, so Faces needs to be told. */
@FacesConverter("ttms.SchoolStage")
public class SchoolStageConverter implements Converter<SchoolStage> {

    @Override
    public SchoolStage getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : SchoolStage.valueOf(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, SchoolStage value) {
        return value == null ? "" : value.name();
    }
}
