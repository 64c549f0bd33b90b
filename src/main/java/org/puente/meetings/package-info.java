/**
 * The shared calendar of CRM and CSM meetings and the meetings around them: dates as precise as they are known,
 * places, participants, iCalendar feeds, change notices and reminders.
 */
@org.jspecify.annotations.NullMarked
package org.puente.meetings;
