package cn.edu.ttms.domain.model.material;

import cn.edu.ttms.domain.model.shared.HasViolations;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.Violation;
import java.util.List;

/** An uploaded material that cannot be kept: empty, or not of an accepted type. The field is {@code file}. */
public class InvalidMaterial extends Invalid implements HasViolations {

    private static final long serialVersionUID = 1L;

    private InvalidMaterial(String messageKey, String englishMessage, Object... args) {
        super(messageKey, englishMessage, args);
    }

    public static InvalidMaterial empty(String fileName) {
        return new InvalidMaterial("error.material.empty", "the file is empty", fileName);
    }

    public static InvalidMaterial type(String fileName) {
        return new InvalidMaterial(
                "error.material.type",
                "the file is not one of " + MaterialFileType.ACCEPTED + " by its name and content",
                fileName,
                MaterialFileType.ACCEPTED);
    }

    @Override
    public List<Violation> violations() {
        return List.of(new Violation("file", messageKey(), args()));
    }
}
