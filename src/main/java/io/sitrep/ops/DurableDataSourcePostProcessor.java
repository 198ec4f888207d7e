package io.sitrep.ops;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Completes the URL of every H2 connection pool before its first connection, so each commit is written at once
 * whatever {@code spring.datasource.url} says, and refuses a pool whose URL or driver properties ask for a delay.
 */
class DurableDataSourcePostProcessor implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DurableDataSourcePostProcessor.class);

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && DurableH2Url.isH2(pool.getJdbcUrl())) {
            DurableH2Url.checkDriverProperties(pool.getDataSourceProperties(), "spring.datasource.hikari.data-source-properties");
            String supplied = pool.getJdbcUrl();
            String completed = DurableH2Url.complete(supplied);
            if (!completed.equals(supplied)) {
                // The URL itself is never logged: H2 URLs may carry a USER or PASSWORD setting.
                log.info("{} completed with {} so that H2 writes each commit at once", DurableH2Url.PROPERTY,
                        completed.substring(supplied.length()).replaceFirst("^;", ""));
                pool.setJdbcUrl(completed);
            }
        }
        return bean;
    }
}
