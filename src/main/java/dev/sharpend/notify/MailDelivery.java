package dev.sharpend.notify;

import java.util.Properties;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail through the SMTP server in force at the time of sending, with the
 * one-click unsubscribe headers of RFC 8058 on every subscriber mail.
 */
@Component
class MailDelivery implements DeliverySender {

	private final SmtpConfiguration smtp;

	private final NotifyProperties properties;

	MailDelivery(SmtpConfiguration smtp, NotifyProperties properties) {
		this.smtp = smtp;
		this.properties = properties;
	}

	@Override
	public Set<Channel> channels() {
		return Set.of(Channel.EMAIL);
	}

	@Override
	public void send(Delivery delivery) throws DeliveryFailed {
		SmtpSettings settings = this.smtp.current();
		if (!settings.configured()) {
			throw new DeliveryFailed("No SMTP server is configured (Settings › E-mail, or SHARPEND_SMTP_HOST).");
		}
		JavaMailSenderImpl sender = sender(settings);
		MailMessage mail = MailMessage.fromJson(delivery.payload());
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(settings.from());
			helper.setTo(delivery.target());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), mail.html());
			if (mail.unsubscribe() != null) {
				message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
				message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
			message.setHeader("Auto-Submitted", "auto-generated");
			sender.send(message);
		}
		catch (MessagingException | MailException ex) {
			throw new DeliveryFailed("The SMTP server refused or could not be reached: " + ex.getMessage(), ex);
		}
	}

	private JavaMailSenderImpl sender(SmtpSettings settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(settings.host());
		sender.setPort(settings.port());
		sender.setUsername(settings.username());
		sender.setPassword(settings.password());
		sender.setDefaultEncoding("UTF-8");
		Properties props = sender.getJavaMailProperties();
		String timeout = Long.toString(this.properties.httpTimeout().toMillis());
		props.put("mail.smtp.auth", Boolean.toString(settings.username() != null));
		props.put("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
		props.put("mail.smtp.starttls.required", Boolean.toString(settings.starttls()));
		props.put("mail.smtp.connectiontimeout", timeout);
		props.put("mail.smtp.timeout", timeout);
		props.put("mail.smtp.writetimeout", timeout);
		return sender;
	}

}
