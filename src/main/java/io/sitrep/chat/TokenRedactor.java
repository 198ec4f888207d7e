package io.sitrep.chat;

/** Removes the bot token from any text before it is logged or stored. */
final class TokenRedactor {

    private final String token;

    public TokenRedactor(String token) {
        this.token = token == null ? "" : token;
    }

    public String redact(String text) {
        if (text == null || token.isEmpty()) {
            return text;
        }
        return text.replace(token, "<token>");
    }
}
