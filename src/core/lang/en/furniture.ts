import type { FurnitureWords } from "../types.js";

// Comment prompts, navigation, share buttons and ad-blocker notices left in by copy-paste from web pages.
export const furniture: FurnitureWords = {
  lines: [
    "back to top", "scroll to top", "skip to content", "skip to main content", "advertisement", "advertising",
    "sponsored", "share", "share this", "share this article", "share on facebook", "share on twitter", "tweet",
    "email", "print", "comments", "leave a comment", "leave a reply", "add a comment", "show comments",
    "your email address will not be published", "required fields are marked", "read more", "read next",
    "related", "related articles", "related stories", "more on this story", "recommended", "sign up",
    "subscribe", "subscribe now", "newsletter", "follow us", "follow us on", "click here", "close", "menu",
    "you are using an ad blocker", "please disable your ad blocker", "we noticed you're using an ad blocker",
    "all rights reserved", "copyright", "topics", "tags", "most read", "most popular", "most viewed", "most shared",
    "most watched", "load more",
    "updated", "last updated", "listen to this article", "listen to article", "read also", "see also", "more", "watch", "listen",
    "photo", "image", "file photo", "caption", "video", "a version of this article appears in print",
    "this article appeared in print", "this article appears in print", "an earlier version of this article",
    "sign up for our newsletter", "get the latest news", "related coverage", "related content", "more coverage",
  ],
  listHeadings: [
    "related", "related coverage", "related content", "related articles", "related stories", "more on this story",
    "more coverage", "recommended", "most read", "most popular", "most viewed", "most shared", "most watched", "read more",
    "read next", "see also",
  ],
  dateLineWords: [
    "updated", "published", "posted", "last", "modified", "on", "at", "date", "am", "pm", "a", "m", "p", "gmt", "utc", "bst",
    "cet", "cest", "et", "edt", "est", "pt", "pdt", "pst", "local", "time",
    // "Updated 2 hours ago", "5 mins ago": the age of the page beside its time stamp.
    "ago", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins",
    // "June 17, 2026 · 4 min read": the reading time beside the date.
    "read",
  ],
};
