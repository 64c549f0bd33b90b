package org.puente.portal;

import java.util.List;

import org.puente.accounts.PublicPaths;
import org.springframework.stereotype.Component;

/** The portal is for everyone; it only ever lists public documents to anonymous visitors. */
@Component
class PortalPublicPaths implements PublicPaths {

	@Override
	public List<String> patterns() {
		return List.of("/portal", "/portal/sessions/*", "/portal/objectives/*", "/sitemap.xml");
	}
}
