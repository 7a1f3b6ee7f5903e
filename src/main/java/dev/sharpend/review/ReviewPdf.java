package dev.sharpend.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import dev.sharpend.system.Markdown;
import dev.sharpend.system.XmlText;

/**
 * A review as PDF: its Markdown export rendered to sanitised HTML and laid out by
 * openhtmltopdf, so the PDF says exactly what the Markdown says.
 */
final class ReviewPdf {

	private static final String STYLE = """
			@page { size: A4; margin: 18mm 16mm; }
			body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1d232b; }
			h1 { font-size: 18pt; margin: 0 0 6pt; }
			h2 { font-size: 13pt; margin: 14pt 0 4pt; border-bottom: 1px solid #ccd3dc; }
			h3 { font-size: 11pt; margin: 10pt 0 2pt; }
			code, pre { font-family: monospace; font-size: 9.5pt; }
			""";

	private ReviewPdf() {
	}

	static byte[] render(String markdown, String title) {
		// openhtmltopdf parses the page as XML, which refuses control characters
		// outright;
		// a review stored with one must still export
		String xhtml = XmlText.legal("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>"
				+ escape(XmlText.legal(title)) + "</title><style>" + STYLE + "</style></head><body>"
				+ Markdown.toSafeHtml(XmlText.legal(markdown)) + "</body></html>");
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
