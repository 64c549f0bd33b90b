package org.puente.flows;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A weekly series as an inline SVG line chart that a screen reader can use: role="img", a title and a description
 * that states the range, the latest value and the alarms; the page puts the same numbers in a table next to it.
 */
final class FlowChart {

	static final int WIDTH = 720;

	static final int HEIGHT = 240;

	record Point(String week, long value, boolean alarm, boolean hidden) {
	}

	private FlowChart() {
	}

	static String svg(String id, String title, String description, List<Point> points, boolean standalone) {
		int left = 48;
		int right = 12;
		int top = 12;
		int bottom = 28;
		double max = Math.max(5, points.stream().mapToLong(Point::value).max().orElse(5));
		double w = WIDTH - left - right;
		double h = HEIGHT - top - bottom;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg ");
		if (standalone) {
			svg.append("xmlns=\"http://www.w3.org/2000/svg\" ");
		}
		svg.append("class=\"flow-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
			.append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
			.append("<title id=\"").append(id).append("-title\">").append(HtmlUtils.htmlEscape(title)).append("</title>")
			.append("<desc id=\"").append(id).append("-desc\">").append(HtmlUtils.htmlEscape(description)).append("</desc>");
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
			.append("\" fill=\"#ffffff\"/>");
		for (int g = 0; g <= 4; g++) {
			double y = top + h - h * g / 4;
			svg.append("<line x1=\"").append(left).append("\" x2=\"").append(WIDTH - right).append("\" y1=\"")
				.append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d0d4d9\"/>")
				.append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 4))
				.append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">").append(Math.round(max * g / 4))
				.append("</text>");
		}
		List<String> coords = new ArrayList<>();
		int n = points.size();
		for (int i = 0; i < n; i++) {
			double x = left + (n == 1 ? 0 : w * i / (n - 1));
			double y = top + h - h * points.get(i).value() / max;
			coords.add(fmt(x) + "," + fmt(y));
		}
		svg.append("<polyline fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\" points=\"")
			.append(String.join(" ", coords)).append("\"/>");
		for (int i = 0; i < n; i++) {
			if (points.get(i).alarm()) {
				String[] xy = coords.get(i).split(",");
				svg.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1])
					.append("\" r=\"5\" fill=\"#b00020\" stroke=\"#ffffff\"/>");
			}
		}
		if (n > 0) {
			svg.append("<text x=\"").append(left).append("\" y=\"").append(HEIGHT - 8)
				.append("\" font-size=\"11\" fill=\"#333\">").append(HtmlUtils.htmlEscape(points.get(0).week()))
				.append("</text><text x=\"").append(WIDTH - right).append("\" y=\"").append(HEIGHT - 8)
				.append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">")
				.append(HtmlUtils.htmlEscape(points.get(n - 1).week())).append("</text>");
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static String fmt(double v) {
		return String.format(java.util.Locale.ROOT, "%.1f", v);
	}
}
