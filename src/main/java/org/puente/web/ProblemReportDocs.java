package org.puente.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the API documentation (springdoc, {@code /swagger-ui}) shows for every refusal: the RFC 9457 problem report
 * {@link ErrorPages} writes, as {@code application/problem+json} — its {@code code} (the sentence's key) and, for
 * mistakes in what was sent (422), the {@code errors} list whose items have the one shape of {@link Mistake}.
 */
@Component
class ProblemReportDocs implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	static final String MISTAKE = "Mistake";

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents().addSchemas(MISTAKE, mistake()).addSchemas(PROBLEM, problem());
		if (api.getPaths() == null) {
			return;
		}
		// each refusal an operation lists, and any other (default), answers the problem report
		api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			if (operation.getResponses() == null) {
				operation.setResponses(new ApiResponses());
			}
			operation.getResponses().forEach((status, response) -> {
				if (status.startsWith("4") || status.startsWith("5")) {
					// an example report written on the operation (@ExampleObject) stays, under the report's type
					var examples = response.getContent() == null ? null : response.getContent().values().stream()
						.map(MediaType::getExamples).filter(e -> e != null && !e.isEmpty()).findFirst().orElse(null);
					Content report = report();
					report.values().forEach(type -> type.setExamples(examples));
					response.setContent(report);
				}
			});
			operation.getResponses().computeIfAbsent("default", status -> new ApiResponse()
				.description("Refused: the problem report (400 unreadable, 401, 403, 404, 409, 422 with the "
						+ "mistakes, 503 with Retry-After)")
				.content(report()));
		}));
	}

	private static Content report() {
		return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}

	private static Schema<?> mistake() {
		return new ObjectSchema().description("One mistake in what was sent; every list of mistakes has this shape.")
			.addProperty("line", new IntegerSchema().format("int64")
				.description("The line of the file sent, when the mistake is in a file (0: the file as a whole)."))
			.addProperty("field", new StringSchema()
				.description("The field as the request named it (a form's parameter), or the file's column."))
			.addProperty("code", new StringSchema().description("The key of the sentence: stable, for scripts."))
			.addProperty("message", new StringSchema().description("The sentence, in the Accept-Language."))
			.required(List.of("code", "message"));
	}

	private static Schema<?> problem() {
		return new ObjectSchema().description("RFC 9457 problem report, in the language of Accept-Language.")
			.addProperty("type", new StringSchema().format("uri-reference").example("/problems/validation")
				.description("The kind of problem, a page of Puente that explains it in the reader's language: "
						+ java.util.Arrays.stream(ProblemType.values()).map(t -> t.uri() + " (" + t.status() + ")")
							.collect(java.util.stream.Collectors.joining(", "))
						+ ". Stable, for scripts; /problems lists them all."))
			.addProperty("title", new StringSchema().description("The status, in words."))
			.addProperty("status", new IntegerSchema().description("The HTTP status."))
			.addProperty("detail", new StringSchema().description("What happened, in a sentence."))
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("code", new StringSchema().description("The key of the detail's sentence: stable, for scripts."))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + MISTAKE))
				.description("Mistakes in what was sent (422): a form's fields, a file's lines or rows."))
			.required(List.of("type", "status", "title", "detail", "code"));
	}
}
