// The public status page without a reload: polls the page's JSON with If-None-Match and, when it
// changed, swaps in the new page (with its "Last updated" time); opens an uptime day's details as a
// popover. Without JavaScript the page is complete as served, and the day links jump to the same
// details. "Last updated" is never moved on by a check alone: while the database is down the server
// keeps answering with its last known state, which is not news.
(function () {
	'use strict';

	var body = document.body;
	var every = Math.max(1, parseInt(body.getAttribute('data-live-every'), 10) || 30) * 1000;
	// The main page knows the ETag of the JSON it was rendered with; the others learn it on
	// their first check.
	var etag = body.getAttribute('data-live-etag');
	var timer = null;

	// Replaces what the server renders from the page's state; open day details close, as the
	// days they describe may have changed.
	function swap() {
		return fetch(window.location.href, { cache: 'no-cache', credentials: 'same-origin' })
			.then(function (response) {
				if (!response.ok) {
					throw new Error('page answered ' + response.status);
				}
				return response.text();
			})
			.then(function (html) {
				var fresh = new DOMParser().parseFromString(html, 'text/html');
				['main', 'footer'].forEach(function (selector) {
					var now = document.querySelector(selector);
					var next = fresh.querySelector(selector);
					if (now && next) {
						now.replaceWith(document.adoptNode(next));
					}
				});
			});
	}

	function check() {
		var url = body.getAttribute('data-live');
		if (!url || document.hidden) {
			return schedule();
		}
		var headers = etag ? { 'If-None-Match': etag } : {};
		fetch(url, { cache: 'no-cache', credentials: 'same-origin', headers: headers })
			.then(function (response) {
				if (response.status === 304) {
					return null;
				}
				if (!response.ok) {
					throw new Error('status answered ' + response.status);
				}
				var previous = etag;
				etag = response.headers.get('ETag');
				return (previous !== null && previous !== etag) ? swap() : null;
			})
			.catch(function () {
				// Offline or the server restarting: the page keeps what it shows and tries again.
			})
			.then(schedule);
	}

	function schedule() {
		clearTimeout(timer);
		timer = setTimeout(check, every);
	}

	document.addEventListener('visibilitychange', function () {
		if (!document.hidden) {
			check();
		}
	});

	document.addEventListener('click', function (event) {
		var link = event.target.closest && event.target.closest('a.uptime-day, a.day-close-link');
		if (!link) {
			return;
		}
		var details;
		if (link.classList.contains('day-close-link')) {
			details = document.getElementById(link.getAttribute('data-close'));
			if (details && details.matches(':popover-open')) {
				event.preventDefault();
				details.hidePopover();
			}
			return;
		}
		details = document.getElementById(link.getAttribute('href').substring(1));
		if (!details || typeof details.showPopover !== 'function') {
			return;
		}
		event.preventDefault();
		details.showPopover();
		var close = details.querySelector('.day-close-link');
		if (close) {
			close.focus();
		}
		details.addEventListener('toggle', function back(toggle) {
			if (toggle.newState === 'closed') {
				details.removeEventListener('toggle', back);
				if (document.contains(link)) {
					link.focus();
				}
			}
		});
	});

	check();
}());
