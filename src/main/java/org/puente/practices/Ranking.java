package org.puente.practices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One country's ranking of a thematic session's accepted practices, best first; ranking again replaces it. */
@Entity
@Table(name = "practice_ranking")
class Ranking {

	@Id
	private UUID id;

	private int thematicSession;

	private String country = "";

	private String process = "";

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<UUID> practices = new ArrayList<>();

	private String rankedBy = "";

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Ranking() {
		this.id = UUID.randomUUID();
	}

	Ranking(int thematicSession, String country, String process) {
		this.id = UUID.randomUUID();
		this.thematicSession = thematicSession;
		this.country = country;
		this.process = process;
	}

	void rank(List<UUID> order, String by) {
		this.practices = new ArrayList<>(order);
		this.rankedBy = by;
		this.updatedAt = Instant.now();
	}

	public UUID getId() {
		return id;
	}

	public int getThematicSession() {
		return thematicSession;
	}

	public String getCountry() {
		return country;
	}

	public String getProcess() {
		return process;
	}

	public List<UUID> getPractices() {
		return List.copyOf(practices);
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
