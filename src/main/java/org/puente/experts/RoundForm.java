package org.puente.experts;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The new-round form: a title, the sessions, the quota per session and conference, the last day. */
class RoundForm {

	@NotBlank
	@Size(max = 300)
	private String title = "";

	private List<Integer> sessions = new ArrayList<>();

	private int quota = 3;

	private String deadline = "";

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public List<Integer> getSessions() { return sessions; }
	public void setSessions(@Nullable List<Integer> sessions) { this.sessions = sessions == null ? new ArrayList<>() : sessions; }
	public int getQuota() { return quota; }
	public void setQuota(int quota) { this.quota = quota; }
	public String getDeadline() { return deadline; }
	public void setDeadline(String deadline) { this.deadline = deadline; }
}
