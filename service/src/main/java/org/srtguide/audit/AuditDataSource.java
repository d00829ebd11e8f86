package org.srtguide.audit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource.DataSourceLiteral;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.inject.Any;

/** Chooses the audit database at run time: the embedded file or PostgreSQL (srt.audit.datasource). */
@ApplicationScoped
class AuditDataSource {

    @Produces
    @ApplicationScoped
    DataSource auditDataSource(AuditConfig config, @Any InjectableInstance<AgroalDataSource> dataSources) {
        return dataSources.select(new DataSourceLiteral(config.datasource())).get();
    }
}
