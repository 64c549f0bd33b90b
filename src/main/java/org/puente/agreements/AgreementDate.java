package org.puente.agreements;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.DatePrecision;

/** A date expression of an agreement, as resolved at extraction and corrected at review. */
@Entity
class AgreementDate {

	@Id
	private UUID id;

	private UUID agreementId;

	private String expression;

	@Enumerated(EnumType.STRING)
	private DateKind kind;

	@Enumerated(EnumType.STRING)
	private DatePrecision precision;

	private LocalDate startDate;

	private LocalDate endDate;

	private @Nullable String warning;

	protected AgreementDate() {
	}

	AgreementDate(UUID agreementId, DateMention mention) {
		this.id = UUID.randomUUID();
		this.agreementId = agreementId;
		this.expression = mention.expression();
		this.kind = mention.kind();
		this.precision = mention.precision();
		this.startDate = mention.start();
		this.endDate = mention.end();
		this.warning = mention.warning();
	}

	DateMention mention() {
		return new DateMention(expression, startDate, endDate, precision, kind, warning);
	}
}
