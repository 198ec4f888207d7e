package io.sitrep.chat;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import io.sitrep.shared.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Telegram updates reach Sitrep: long polling (default) or a webhook Telegram calls with a secret header.
 *
 * @param mode          {@code polling} or {@code webhook}
 * @param webhookUrl    the public HTTPS address Telegram posts updates to; its path is served by Sitrep's HTTP port
 * @param webhookSecret the {@code X-Telegram-Bot-Api-Secret-Token} every webhook call must carry (1-256 of A-Z, a-z,
 *                      0-9, '_' and '-')
 */
@ConfigurationProperties("sitrep.telegram")
public record TelegramWebhookProperties(@DefaultValue("polling") Mode mode, URI webhookUrl, String webhookSecret) {

    private static final Pattern SECRET_SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    /** The two ways of receiving updates. */
    public enum Mode { POLLING, WEBHOOK }

    public TelegramWebhookProperties {
        webhookSecret = webhookSecret == null ? "" : webhookSecret.trim();
        if (mode == Mode.WEBHOOK) {
            String scheme = webhookUrl == null || webhookUrl.getScheme() == null ? "" : webhookUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || webhookUrl.getHost() == null) {
                throw new InvalidSettingException("sitrep.telegram.webhook-url",
                        "webhook mode needs the public https:// address Telegram should post updates to");
            }
            if (!SECRET_SHAPE.matcher(webhookSecret).matches()) {
                throw new InvalidSettingException("sitrep.telegram.webhook-secret",
                        "webhook mode needs a secret of 1 to 256 letters, digits, '_' or '-'");
            }
        }
    }

    public boolean webhook() {
        return mode == Mode.WEBHOOK;
    }

    /** The local path Telegram's calls arrive on: the webhook URL's path, or {@code /telegram/webhook}. */
    public String path() {
        String path = webhookUrl == null ? null : webhookUrl.getRawPath();
        return path == null || path.isEmpty() || path.equals("/") ? "/telegram/webhook" : path;
    }

    @Override
    public String toString() {
        return "TelegramWebhookProperties[mode=" + mode + ", webhookUrl=" + webhookUrl + ", webhookSecret="
                + (webhookSecret.isEmpty() ? "<none>" : "<set>") + "]";
    }
}
