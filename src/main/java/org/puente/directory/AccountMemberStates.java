package org.puente.directory;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.MemberStates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The member states an account's country is chosen among, for the accounts module. */
@Component
class AccountMemberStates implements MemberStates {

	private final MemberStateRepository members;

	AccountMemberStates(MemberStateRepository members) {
		this.members = members;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> of(@Nullable String processCode, Locale locale) {
		List<MemberState> states = processCode == null || processCode.isBlank() ? members.findAll()
				: members.findByProcessCode(processCode);
		return new Countries().sortedByName(states.stream().map(MemberState::getIso2).distinct().toList(), locale);
	}
}
