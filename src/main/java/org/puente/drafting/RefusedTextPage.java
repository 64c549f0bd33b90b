package org.puente.drafting;

import java.util.Locale;
import java.util.UUID;

import org.puente.accounts.AccountSummary;
import org.puente.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A text's page shown again after an action posted from it was refused or overtaken: the reason, in the reader's
 * language, at the top of the page (and beside the amendment acted on, when the controller names it); what was typed
 * stays in its field because the controller put it in the model before acting.
 */
@Component
record RefusedTextPage(DraftingManagement drafting, MessageSource messages) {

	String show(UUID textId, Refusal refusal, AccountSummary actor, Model model, Locale locale) {
		model.addAttribute("page", drafting.page(textId, actor, locale));
		model.addAttribute("refusal",
				messages.getMessage(refusal.messageKey(), refusal.args(), refusal.messageKey(), locale));
		return DraftingController.TEXT_PAGE;
	}
}
