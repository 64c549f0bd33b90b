package org.puente.meetings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who follows which meeting, and which reminders went out. Plain SQL: rows without behaviour. */
@Repository
class SubscriptionRepository {

	private final JdbcTemplate jdbc;

	SubscriptionRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A person following a meeting; {@code reminderDays} null means notices only, no reminder. */
	record Subscription(UUID accountId, UUID meetingId, @Nullable Integer reminderDays) {
	}

	/** A reminder due today that nobody has sent yet. */
	record DueReminder(UUID accountId, UUID meetingId, java.time.LocalDate startDate) {
	}

	void subscribe(UUID accountId, UUID meetingId, @Nullable Integer reminderDays) {
		jdbc.update("""
				insert into meeting_subscription (account_id, meeting_id, reminder_days) values (?, ?, ?)
				on conflict (account_id, meeting_id) do update set reminder_days = excluded.reminder_days""",
				accountId, meetingId, reminderDays);
	}

	/** Whether the account followed the meeting until now. */
	boolean unsubscribe(UUID accountId, UUID meetingId) {
		return jdbc.update("delete from meeting_subscription where account_id = ? and meeting_id = ?", accountId,
				meetingId) > 0;
	}

	Optional<Subscription> find(UUID accountId, UUID meetingId) {
		return jdbc.query("select account_id, meeting_id, reminder_days from meeting_subscription"
				+ " where account_id = ? and meeting_id = ?", (rs, i) -> new Subscription(
						rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), (Integer) rs.getObject(3)),
				accountId, meetingId).stream().findFirst();
	}

	List<UUID> subscribersOf(UUID meetingId) {
		return jdbc.queryForList("select account_id from meeting_subscription where meeting_id = ?", UUID.class,
				meetingId);
	}

	List<DueReminder> due(java.time.LocalDate today) {
		return jdbc.query("""
				select s.account_id, s.meeting_id, m.start_date from meeting_subscription s
				join meeting m on m.id = s.meeting_id
				where s.reminder_days is not null and m.status not in ('CANCELLED', 'HELD')
				  and m.start_date >= ? and m.start_date - s.reminder_days <= ?
				  and not exists (select 1 from meeting_reminder_sent r where r.account_id = s.account_id
				                  and r.meeting_id = s.meeting_id and r.start_date = m.start_date)""",
				(rs, i) -> new DueReminder(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getObject(3, java.time.LocalDate.class)),
				today, today);
	}

	/** Claims a reminder: true only for the one caller whose insert went in, on whichever node. */
	boolean claim(DueReminder r) {
		return jdbc.update("""
				insert into meeting_reminder_sent (account_id, meeting_id, start_date) values (?, ?, ?)
				on conflict do nothing""", r.accountId(), r.meetingId(), r.startDate()) == 1;
	}
}
