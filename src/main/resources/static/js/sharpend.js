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
	// An incident page waits on the server for its incident to change (answered within a
	// fraction of a second of a change on any node) and then lets its live poller fetch the
	// change at once; the poller's own interval stays as the fallback.
	function pause(ms) {
		return new Promise(function (resolve) { setTimeout(resolve, ms); });
	}
	async function waitForIncidentChanges() {
		for (;;) {
			var poller = document.getElementById('live-poller');
			var url = poller && poller.getAttribute('data-wait');
			if (!url || !window.htmx) {
				return;
			}
			try {
				var answer = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
				if (answer.status === 200) {
					htmx.trigger(document.body, 'incident-changed');
					// Until the poller is swapped for one with the new version (or 2 s).
					for (var i = 0; i < 40; i++) {
						await pause(50);
						var now = document.getElementById('live-poller');
						if (!now || now.getAttribute('data-wait') !== url) {
							break;
						}
					}
				} else if (answer.status !== 204) {
					await pause(5000);
				}
			} catch (failure) {
				await pause(5000);
			}
		}
	}
	document.addEventListener('DOMContentLoaded', waitForIncidentChanges);
})();
