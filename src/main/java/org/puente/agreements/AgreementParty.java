package org.puente.agreements;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An actor of the directory named in an agreement: responsible for acting, or merely mentioned. */
@Entity
class AgreementParty {

	@Id
	private UUID id;

	private UUID agreementId;

	private String entityId;

	private String label;

	private boolean responsible;

	protected AgreementParty() {
	}

	AgreementParty(UUID agreementId, String entityId, String label, boolean responsible) {
		this.id = UUID.randomUUID();
		this.agreementId = agreementId;
		this.entityId = entityId;
		this.label = label;
		this.responsible = responsible;
	}

	String getEntityId() {
		return entityId;
	}

	String getLabel() {
		return label;
	}

	boolean isResponsible() {
		return responsible;
	}

	PartyReference reference() {
		return new PartyReference(entityId, label);
	}
}
