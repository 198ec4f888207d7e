package io.sitrep.shared;

/** A configuration value Sitrep cannot start with; the message names the property and never echoes secrets. */
public class InvalidSettingException extends IllegalArgumentException {

    private final String property;

    public InvalidSettingException(String property, String reason) {
        super("Invalid setting " + property + ": " + reason);
        this.property = property;
    }

    public String property() {
        return property;
    }
}
