// Theme choice (light, dark or the system's) and the CSRF header for htmx requests.
(function () {
	var stored = localStorage.getItem('sharpend-theme');
	if (stored) {
		document.documentElement.setAttribute('data-theme', stored);
	}
	document.addEventListener('click', function (event) {
		var toggle = event.target.closest('[data-theme-toggle]');
		if (!toggle) {
			return;
		}
		var dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
		var current = document.documentElement.getAttribute('data-theme') || (dark ? 'dark' : 'light');
		var next = current === 'dark' ? 'light' : 'dark';
		document.documentElement.setAttribute('data-theme', next);
		localStorage.setItem('sharpend-theme', next);
	});
	document.addEventListener('htmx:configRequest', function (event) {
		var header = document.querySelector('meta[name="_csrf_header"]');
		var token = document.querySelector('meta[name="_csrf"]');
		if (header && token) {
			event.detail.headers[header.content] = token.content;
		}
	});
	// A live region refreshed out of band keeps the edit forms someone has open (and what
	// they typed): htmx keeps elements its new content marks hx-preserve.
	document.addEventListener('htmx:oobBeforeSwap', function (event) {
		var fragment = event.detail.fragment;
		if (!fragment || !fragment.querySelectorAll) {
			return;
		}
		fragment.querySelectorAll('details[data-keep-open][id]').forEach(function (incoming) {
			var current = document.getElementById(incoming.id);
			if (current && current.open) {
				incoming.setAttribute('hx-preserve', 'true');
			}
		});
	});
	document.addEventListener('click', function (event) {
		var copy = event.target.closest('[data-copy]');
		if (copy) {
			var target = document.getElementById(copy.getAttribute('data-copy'));
			if (target && navigator.clipboard) {
				navigator.clipboard.writeText(target.textContent.trim());
				copy.textContent = 'Copied';
			}
		}
	});
})();
