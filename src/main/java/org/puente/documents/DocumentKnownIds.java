package org.puente.documents;

import org.puente.accounts.Accounts;
import org.puente.web.KnownIds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The documents the addresses name, as the reader may see them ({@link KnownIds}, read by accounts' rules): a refused
 * request for an unknown one — or a confidential one the reader may not see, which is not even hinted at — is a 404
 * for everyone, a known one is refused (403) or sent to sign in. One query by primary key.
 */
@Configuration(proxyBeanMethods = false)
class DocumentKnownIds {

	@Bean
	KnownIds documentIds(DocumentStore store, Accounts accounts) {
		return KnownIds.uuids("documents.notFound", id -> store.find(id)
			.filter(row -> Confidentiality.visibleTo(accounts.current()).contains(row.confidentiality()))
			.isPresent(), "/documents/{id}", "/api/v1/documents/{id}");
	}
}
