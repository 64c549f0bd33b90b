/**
 * Background jobs (reminders, text extraction) run by db-scheduler on the shared database, so that with several app
 * nodes each job runs exactly once.
 */
@org.jspecify.annotations.NullMarked
package org.puente.scheduling;
