package fr.gouv.sante.jalons.operations;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/** Puts the application's connection pool behind {@link FailFastDataSource}. */
@Component
class FailFastDataSourceWrapper implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof FailFastDataSource)) {
            return new FailFastDataSource(dataSource);
        }
        return bean;
    }
}
