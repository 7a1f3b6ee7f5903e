package dev.sharpend.provider.upstream;

import com.rometools.rome.feed.synd.SyndFeed;

/** An adapter for an RSS or Atom dialect, which it recognises by the feed's channel. */
interface FeedAdapter {

	StatusFormat format();

	boolean recognises(SyndFeed feed);

	UpstreamReport read(SyndFeed feed, StatusBody body, StatusScope scope);

}
