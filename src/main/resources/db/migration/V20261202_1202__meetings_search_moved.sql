-- Meetings are found through search_entry and the search index now (see docs/search.md).
drop index if exists meeting_search_idx;
