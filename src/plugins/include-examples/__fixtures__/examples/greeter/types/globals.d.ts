// Ambient, like the example app's types/*.d.ts: seen only through the app's setup.
declare const SITE_NAME: string;
