package org.puente.flows;

import java.util.List;

import org.puente.accounts.PublicPaths;
import org.springframework.stereotype.Component;

/** The dashboard, its exports, the agreements register and the template are public (small cells hidden). */
@Component
class FlowsPublicPaths implements PublicPaths {

	@Override
	public List<String> patterns() {
		return List.of("/flows", "/flows/chart.svg", "/flows/export.*", "/flows/series/export.*", "/flows/agreements", "/flows/template.*");
	}
}
