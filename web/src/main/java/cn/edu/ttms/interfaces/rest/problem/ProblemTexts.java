package cn.edu.ttms.interfaces.rest.problem;

import java.util.Locale;
import java.util.ResourceBundle;

/** Titles of problem documents, from the UI bundle (api.* keys), in the caller's language. */
public final class ProblemTexts {

    private ProblemTexts() {}

    public static String get(String key, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "cn.edu.ttms.interfaces.web.messages", locale, ProblemTexts.class.getClassLoader());
        return bundle.getString(key);
    }
}
