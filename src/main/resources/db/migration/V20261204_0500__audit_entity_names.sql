-- Audit entries name the kind of record in one casing, snake_case, as audit.AuditedEntity does; names shared by two
-- modules (comment, round) become distinct.
update audit_entry set entity_type = case entity_type
		when 'Account' then 'account'
		when 'Person' then 'person'
		when 'Organisation' then 'organisation'
		when 'RoleAssignment' then 'role_assignment'
		when 'GazetteerAlias' then 'gazetteer_alias'
		when 'letterTemplate' then 'letter_template'
		when 'countryDefinition' then 'country_definition'
		when 'biregionalDefinition' then 'biregional_definition'
		when 'Meeting' then 'meeting'
	end
where entity_type in ('Account', 'Person', 'Organisation', 'RoleAssignment', 'GazetteerAlias', 'letterTemplate',
		'countryDefinition', 'biregionalDefinition', 'Meeting');

update audit_entry set entity_type = 'document_comment' where capability = 'documents' and entity_type = 'comment';
update audit_entry set entity_type = 'amendment_comment' where capability = 'drafting' and entity_type = 'comment';
update audit_entry set entity_type = 'drafting_round' where capability = 'drafting' and entity_type = 'round';
update audit_entry set entity_type = 'nomination_round' where capability = 'experts' and entity_type = 'round';
