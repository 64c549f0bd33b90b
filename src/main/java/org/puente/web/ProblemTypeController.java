package org.puente.web;

import java.util.List;

import org.puente.refusal.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The pages a problem report's {@code type} leads to: each kind of problem explained, in the reader's language. */
@Controller
class ProblemTypeController {

	@GetMapping(ProblemType.PATH)
	String all(Model model) {
		model.addAttribute("types", List.of(ProblemType.values()));
		return "problems/types";
	}

	@GetMapping(ProblemType.PATH + "/{name}")
	String one(@PathVariable String name, Model model) {
		ProblemType type = ProblemType.named(name).orElseThrow(() -> new NotFoundException("error.404.message"));
		model.addAttribute("type", type);
		model.addAttribute("types", List.of(ProblemType.values()));
		return "problems/types";
	}
}
