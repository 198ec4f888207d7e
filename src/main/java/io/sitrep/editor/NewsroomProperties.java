package io.sitrep.editor;

import io.sitrep.shared.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sitrep.newsroom.*}: how editors' own UPDATEs (/publish) are labelled.
 *
 * @param name the source name they carry, shown on every push ("Newsroom")
 * @param url  a page they link to (http or https), or empty for none
 */
@ConfigurationProperties("sitrep.newsroom")
record NewsroomProperties(@DefaultValue("Newsroom") String name, @DefaultValue("") String url) {

    public NewsroomProperties {
        name = name == null ? "" : name.strip();
        url = url == null ? "" : url.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidSettingException("sitrep.newsroom.name", "must be 1-100 characters");
        }
        if (!url.isEmpty() && !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new InvalidSettingException("sitrep.newsroom.url", "must be an http(s) URL or empty");
        }
    }
}
