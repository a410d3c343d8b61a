package cn.edu.ttms.domain.model.shared;

/**
 * Something the user sees whose text lives in a resource bundle, not in code.
 *
 * <p>The UI is zh-CN first and en second, so the domain only names a stable bundle key. When a
 * {@link DomainException} argument implements this interface, the translator resolves the
 * argument's own key first and then formats the message with the translated text.
 */
public interface MessageKeyed {

    /** The stable resource bundle key, e.g. {@code level.COUNTY}. */
    String messageKey();
}
