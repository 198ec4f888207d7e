package io.sitrep;

import io.sitrep.shared.InvalidSettingException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Turns a bad {@code sitrep.*} setting into one clear line naming the property, instead of a stack trace,
 * and makes sure the rejected value of a secret is never printed.
 */
class InvalidSettingFailureAnalyzer implements FailureAnalyzer, Ordered {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidSettingException invalid) {
                return new FailureAnalysis(invalid.getMessage(), "Fix " + invalid.property() + " in config/application.yml or its environment variable.", invalid);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException bind && bind.getName() != null && bind.getName().toString().startsWith("sitrep")) {
                String property = bind.getProperty() != null ? bind.getProperty().getName().toString() : bind.getName().toString();
                String reason = rootMessage(bind);
                if (property.contains("token")) {
                    reason = "the value could not be read";
                }
                return new FailureAnalysis("Invalid setting " + property + ": " + reason, "Fix " + property + " in config/application.yml or its environment variable.", bind);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
