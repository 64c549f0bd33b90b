package org.puente.directory;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A country's membership of a conference. */
@Entity
@IdClass(MemberState.Key.class)
class MemberState {

	@Id
	private String iso2 = "";

	@Id
	private String processCode = "";

	protected MemberState() {
	}

	MemberState(String iso2, String processCode) {
		this.iso2 = iso2;
		this.processCode = processCode;
	}

	public String getIso2() { return iso2; }
	public String getProcessCode() { return processCode; }

	record Key(String iso2, String processCode) implements Serializable {
		Key() {
			this("", "");
		}
	}
}
